"""One BLAS thread unless the user says otherwise.

The NER model multiplies small matrices: extra BLAS threads only spin (twice the CPU for the
same work) and fight the worker processes. This runs when Kordon is imported, before numpy
is (Kordon imports it lazily); a value already in the environment is kept.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
