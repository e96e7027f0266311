"""Measuring the screening core on labelled cases: figures a security team can check."""
