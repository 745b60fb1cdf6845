class Tools {
    java.util.Map<String, Object> tool = java.util.Map.of("type", "text_editor_20250124", "name", "str_replace_editor");
}
