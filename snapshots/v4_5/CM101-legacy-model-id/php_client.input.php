<?php

use Anthropic\Client;
use Anthropic\Messages\Model;

$client = new Client();
$message = $client->messages->create(
    maxTokens: 1024,
    messages: [['role' => 'user', 'content' => 'Hello']],
    model: 'claude-3-5-sonnet-20241022',
);
$cheap = Model::CLAUDE_3_HAIKU_20240307;
$prices = ['claude-3-opus-20240229' => 15, "claude-3-haiku-20240307" => 0.25];
$old = str_starts_with($model, 'claude-3');
