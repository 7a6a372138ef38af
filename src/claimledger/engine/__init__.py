"""Executors that run the pipeline: ``local`` in this process; a Dask executor later."""
