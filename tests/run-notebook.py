#!/usr/bin/python3
# run-notebook.py: executes a Jupyter notebook headless and fails if a cell fails.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: run-notebook.py NOTEBOOK OUTPUT_DIR
#
# The kernel is this interpreter (Debian's /usr/bin/python3, the one with
# gi), whatever kernelspecs the user has installed: a private "python3"
# kernelspec pointing at sys.executable comes first on the Jupyter path.
# The kernel inherits the environment, so the GI_TYPELIB_PATH,
# LD_LIBRARY_PATH and PYTHONPATH of the meson test reach the notebook.
# The executed notebook, outputs and figures included, is written to
# OUTPUT_DIR; the notebook in the source tree stays without outputs.

import json
import os
import sys
import tempfile


def main():
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} NOTEBOOK OUTPUT_DIR", file=sys.stderr)
        return 2
    source, output_dir = sys.argv[1:]

    with tempfile.TemporaryDirectory(prefix="focal-notebook-") as tmp:
        kernel_dir = os.path.join(tmp, "data", "kernels", "python3")
        os.makedirs(kernel_dir)
        with open(os.path.join(kernel_dir, "kernel.json"), "w") as f:
            json.dump({"argv": [sys.executable, "-m", "ipykernel_launcher",
                                "-f", "{connection_file}"],
                       "display_name": "Python 3 (libfocal tests)",
                       "language": "python"}, f)
        # Read by jupyter_core when it is first asked for paths, so set
        # before the imports below.
        os.environ["JUPYTER_DATA_DIR"] = os.path.join(tmp, "data")
        os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(tmp, "runtime")
        os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(tmp, "config")
        os.environ["IPYTHONDIR"] = os.path.join(tmp, "ipython")
        os.environ["MPLCONFIGDIR"] = os.path.join(tmp, "matplotlib")
        os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError
        from jupyter_client.kernelspec import KernelSpecManager

        spec = KernelSpecManager().get_kernel_spec("python3")
        print(f"# kernel: {' '.join(spec.argv[:3])}", flush=True)
        if spec.argv[0] != sys.executable:
            print(f"kernel python3 resolves to {spec.argv[0]}, not {sys.executable}",
                  file=sys.stderr)
            return 1

        notebook = nbformat.read(source, as_version=4)
        client = NotebookClient(notebook, kernel_name="python3", timeout=240,
                                resources={"metadata": {"path": tmp}})
        try:
            client.execute()
            status = 0
        except CellExecutionError as e:
            print(e, file=sys.stderr)
            status = 1
        finally:
            os.makedirs(output_dir, exist_ok=True)
            target = os.path.join(output_dir, os.path.basename(source))
            nbformat.write(notebook, target)
            print(f"# executed notebook: {target}", flush=True)

    n_code = sum(1 for c in notebook.cells if c.cell_type == "code")
    print(f"{n_code} code cells {'ran' if status == 0 else 'did not all run'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
