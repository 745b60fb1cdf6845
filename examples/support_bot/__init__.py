"""A customer-support bot on the Claude Messages API."""
