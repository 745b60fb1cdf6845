"""wrapped_block: an inserted branch body kept to the file's line length."""

from __future__ import annotations

import ast

import libcst as cst

from claude_migrate.authoring import wrapped_block


def _block(code: str, limit: int, indent: int) -> str:
    block = cst.IndentedBlock(body=cst.parse_module(code + "\n").body)
    wrapped = wrapped_block(block, limit, indent)
    source = cst.Module([cst.If(test=cst.Name("x"), body=wrapped)]).code
    for line in source.splitlines():
        assert len(line) <= limit or '"' in line, line  # only an unsplittable literal is wider
    cst.parse_module(source)  # still Python
    return source


def test_a_line_that_fits_stays_whole() -> None:
    assert _block('raise E("short")', 88, 4) == 'if x:\n    raise E("short")\n'


def test_arguments_go_inside_the_parentheses() -> None:
    code = 'raise GatewayError("a refusal came back from the model", code=451, retry=False)'
    assert _block(code, 60, 4) == (
        "if x:\n"
        "    raise GatewayError(\n"
        '        "a refusal came back from the model",\n'
        "        code=451,\n"
        "        retry=False,\n"
        "    )\n"
    )


def test_a_long_plain_string_is_split_into_adjacent_literals() -> None:
    text = "Claude declined this request; see the stop details of the response"
    source = _block(f'return refuse("{text}")', 50, 4)
    assert source.count("\n") == 5  # if, return refuse(, two literals, )
    inner = source.split("refuse(", 1)[1].rsplit(")", 1)[0]
    assert ast.literal_eval(f"({inner})") == text


def test_f_strings_stay_whole() -> None:
    code = 'raise E(f"declined: {response.stop_reason} and a long tail of words to go past it")'
    assert 'f"declined' in _block(code, 50, 4).splitlines()[2]
