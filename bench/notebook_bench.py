"""Times claude-migrate on one large notebook: 200 cells, about 5 MB (most of it saved
outputs, as in real notebooks), with Claude 3.x calls in a tenth of the cells.

    python bench/notebook_bench.py [--cells 200] [--megabytes 5] [--repeat 5]

Prints the median wall time of a dry run (a full process, as a user runs it) and of the
in-process migration alone.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_notebook(cells: int, megabytes: float) -> str:
    output_bytes = int(megabytes * 1_000_000 / cells)
    image = base64.b64encode(os.urandom(output_bytes * 3 // 4)).decode()
    document = {
        "cells": [],
        "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for i in range(cells):
        if i % 10 == 0:
            source = f'%pip install -q anthropic\nresponse = client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=1024, messages=[])\nprint(response.content[0].text)  # step {i}'
        else:
            source = f"import numpy as np\nvalues = np.arange({i})\nplot(values)  # step {i}"
        document["cells"].append(
            {
                "cell_type": "code",
                "execution_count": i + 1,
                "id": f"cell-{i}",
                "metadata": {},
                "outputs": [
                    {
                        "data": {"image/png": image, "text/plain": ["<Figure>"]},
                        "metadata": {},
                        "output_type": "display_data",
                    }
                ],
                "source": source.splitlines(keepends=True),
            }
        )
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = make_notebook(args.cells, args.megabytes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ipynb"
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        process_times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "claude_migrate", "run", "-j", "1", str(path)],
                capture_output=True,
                check=False,
            )
            process_times.append(time.perf_counter() - start)

        from claude_migrate import registry
        from claude_migrate.authoring.codemod import RunOptions
        from claude_migrate.pipeline import Plan, migrate_bytes

        plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
        data = path.read_bytes()
        inner = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = migrate_bytes(data, "big.ipynb", plan, "notebook")
            inner.append(time.perf_counter() - start)
    print(f"notebook: {args.cells} cells, {size / 1e6:.1f} MB, {len(result.changes)} changes")
    print(
        f"dry run, whole process (median of {args.repeat}): {statistics.median(process_times):.3f} s"
    )
    print(
        f"migration alone, in process (median of {args.repeat}): {statistics.median(inner):.3f} s"
    )


if __name__ == "__main__":
    main()
