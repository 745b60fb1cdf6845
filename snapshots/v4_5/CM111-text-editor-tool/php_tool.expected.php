<?php
$tools = [['type' => 'text_editor_20250728', 'name' => 'str_replace_based_edit_tool']];
