# Runs the SDK's pulumi-language-python-exec (argv[1]) and then ends the process without Python's
# interpreter teardown. By then the program has finished and the SDK has waited for every
# outstanding RPC; what teardown still does is clear tens of thousands of module objects (the
# pulumi_kubernetes API modules) and collect garbage, 0.3-0.6 s on 2 cores, on every up and
# preview. atexit handlers still run (the SDK's and any the program registered) and the standard
# streams are flushed, so nothing the program or the engine can observe is skipped.
#
# Also: the cyclic garbage collector runs a young-generation pass every 100 000 allocations instead
# of every 700. Importing the SDK and the Kubernetes API modules allocates a few hundred thousand
# objects that all live to the end, so the default threshold pays hundreds of passes over them for
# nothing (~60 ms of a ~1.5 s no-op `up`). Garbage cycles are still collected, just in larger
# batches; the process is short-lived.
import atexit
import gc
import os
import runpy
import sys

gc.set_threshold(100_000, 50, 100)
script = sys.argv[1]
sys.argv = sys.argv[1:]
try:
    runpy.run_path(script, run_name="__main__")
    code = 0
except SystemExit as exit_:
    code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
atexit._run_exitfuncs()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
