<?php

use Anthropic\Client;
use Anthropic\Messages\Model;

$client = new Client();
$message = $client->messages->create(
    maxTokens: 1024,
    messages: [['role' => 'user', 'content' => 'Hello']],
    model: 'claude-sonnet-4-5-20250929',
);
$cheap = Model::CLAUDE_HAIKU_4_5_20251001;
$prices = ['claude-3-opus-20240229' => 15, "claude-3-haiku-20240307" => 0.25];
$old = str_starts_with($model, 'claude-3');
