"""Readers for the official files: SOC/O*NET occupation lists, OEWS wages, EP projections."""
