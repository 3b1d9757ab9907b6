"""Where page-cache entries live: the worker's own memory in front of the shared cache (Redis).

A hit from the worker's memory costs no round trip and no unpickling; the shared cache fills
other workers and survives restarts. Keys carry the content version, so an entry in memory is
exactly as valid as the same entry in Redis. The memory is bounded in bytes
(``PAGE_CACHE_LOCAL_BYTES``, least recently used out first) and emptied whenever a newer
content version shows up, as every older entry is then unreachable anyway (it holds one version's
entries only). ``PAGE_CACHE_LOCAL_BYTES=0`` leaves it out.
"""

import threading

from cachetools import LRUCache
from django.conf import settings
from django.core.cache import caches

from pagecache.entries import Entry


class PageStore:
    def __init__(self):
        self._lock = threading.Lock()  # gunicorn's gthread workers share one store between threads
        self._memory: LRUCache | None = None
        self._version = -1

    def get(self, key: str, version_number: int) -> Entry | None:
        with self._lock:
            memory = self._memory_for(version_number)
            entry = memory.get(key)
        if entry is None:
            entry = self._shared().get(key)
            if isinstance(entry, Entry):
                self._remember(key, entry, version_number)
            else:
                entry = None  # nothing, or an entry from older code under a reused key
        return entry

    def set(self, key: str, entry: Entry, version_number: int) -> None:
        self._shared().set(key, entry, settings.PAGE_CACHE_SECONDS)
        self._remember(key, entry, version_number)

    def clear(self) -> None:
        """Forget everything in this worker's memory (the shared cache is cleared through Django's API)."""
        with self._lock:
            self._memory = None

    def _remember(self, key: str, entry: Entry, version_number: int) -> None:
        with self._lock:
            memory = self._memory_for(version_number)
            if entry.size <= memory.maxsize:
                memory[key] = entry

    def _memory_for(self, version_number: int) -> LRUCache:
        """This worker's memory for the given version: emptied when the version moves on."""
        if self._memory is None or version_number != self._version or self._memory.maxsize != _memory_bytes():
            self._memory = LRUCache(maxsize=_memory_bytes(), getsizeof=lambda entry: entry.size)
            self._version = version_number
        return self._memory

    @staticmethod
    def _shared():
        return caches[settings.PAGE_CACHE_ALIAS]


def _memory_bytes() -> int:
    return max(settings.PAGE_CACHE_LOCAL_BYTES, 1)


#: The process's one store.
page_store = PageStore()
