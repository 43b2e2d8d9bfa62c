"""``python -m factdesk``."""

import sys

from factdesk.app import main

sys.exit(main())
