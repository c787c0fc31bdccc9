"""``python -m revguide``: see `revguide.cli`."""

import sys

from .cli import main

sys.exit(main())
