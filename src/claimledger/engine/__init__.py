"""Executors that run the pipeline: ``local`` (this process, ``pool`` for extraction on
several cores) and ``dask_engine`` (partitions on a Dask cluster, stored here)."""
