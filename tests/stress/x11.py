"""Talk to the virtual X server as a window manager would, through libX11 (ctypes).

What the close button of a window manager really does is send the window a
``WM_DELETE_WINDOW`` client message; that is what ``close_window`` sends. No
window manager runs under Xvfb, so the tests find top-level windows by their
title themselves.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from contextlib import contextmanager

CLIENT_MESSAGE = 33
IS_VIEWABLE = 2


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


class _Attributes(ctypes.Structure):  # XWindowAttributes, up to the field we read
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]  # fmt: skip


def _xlib():
    name = ctypes.util.find_library("X11")
    if name is None:
        raise OSError("libX11 is not installed")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                               ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                               ctypes.POINTER(ctypes.c_uint)]  # fmt: skip
    lib.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
    lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_Event)]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


class Display:
    """One connection to an X server."""

    def __init__(self, lib, handle):
        self._x = lib
        self._display = handle

    def windows(self, title: str) -> list[int]:
        """Viewable top-level windows whose title is ``title`` (dialogs included)."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self._x.XQueryTree(self._display, self._x.XDefaultRootWindow(self._display), ctypes.byref(root),
                                  ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count)):  # fmt: skip
            return []
        found = []
        try:
            for index in range(count.value):
                window = children[index]
                name = ctypes.c_char_p()
                if self._x.XFetchName(self._display, window, ctypes.byref(name)) and name.value is not None:
                    matches = name.value.decode("latin-1") == title
                    self._x.XFree(name)
                    attributes = _Attributes()
                    self._x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes))
                    if matches and attributes.map_state == IS_VIEWABLE:
                        found.append(window)
        finally:
            if children:
                self._x.XFree(children)
        return found

    def close_window(self, window: int) -> None:
        """Ask ``window`` to close, exactly as a window manager's close button does."""
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = self._x.XInternAtom(self._display, b"WM_PROTOCOLS", 0)
        event.client.format = 32
        event.client.data[0] = self._x.XInternAtom(self._display, b"WM_DELETE_WINDOW", 0)
        event.client.data[1] = 0  # CurrentTime
        self._x.XSendEvent(self._display, window, 0, 0, ctypes.byref(event))
        self._x.XFlush(self._display)


@contextmanager
def connect(display: str, xauthority: str | None):
    """A connection to ``display`` (as xvfb-run set it up, with its authority file)."""
    lib = _xlib()
    saved = os.environ.get("XAUTHORITY")
    if xauthority:
        os.environ["XAUTHORITY"] = xauthority
    try:
        handle = lib.XOpenDisplay(display.encode())
    finally:
        if saved is None:
            os.environ.pop("XAUTHORITY", None)
        else:
            os.environ["XAUTHORITY"] = saved
    if not handle:
        raise OSError(f"cannot open X display {display}")
    try:
        yield Display(lib, handle)
    finally:
        lib.XCloseDisplay(handle)
