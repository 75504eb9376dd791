"""newsfigures: figures (casualties, displacement, territory, population) pulled out of news articles."""

__version__ = "0.1.0"
