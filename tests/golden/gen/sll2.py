#!/usr/bin/python3
"""LINKTYPE_LINUX_SLL2 (276): the frames of sll.py with SLL2's header.  usage: sll2.py OUT.pcap"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sll  # noqa: E402

if __name__ == "__main__":
    sll.main([sys.argv[0], "--v2"] + sys.argv[1:])
