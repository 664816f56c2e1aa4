import sys

from processus.cli import main

sys.exit(main())
