<?php
$tools = [['type' => 'text_editor_20250429', 'name' => 'str_replace_editor']];
