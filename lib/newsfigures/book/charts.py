"""The chapters' chart toolbox in one name: ``from newsfigures.book import charts``.

Conventions every chart follows (the chapters explain them to readers, see
:data:`newsfigures.book.setup.HOW_TO_READ`): colour = source; ranges are drawn as ranges;
marker shape = qualifier; hollow markers and dotted segments = a party to the conflict; every
hover leads back to its sentence; :data:`PAGE_BUDGET_BYTES` per page; a chart draws at most
:data:`MAX_MARKS` marks. Each module below holds one job.
"""

from ..reconcile import source_label
from .checks import *  # noqa: F401,F403
from .explorer import *  # noqa: F401,F403
from .marks import *  # noqa: F401,F403
from .plotly_figures import *  # noqa: F401,F403
from .prose import *  # noqa: F401,F403
from .static import *  # noqa: F401,F403
from .style import *  # noqa: F401,F403
from .traces import *  # noqa: F401,F403

__all__ = ["source_label"]  # plus the public names of the modules above
