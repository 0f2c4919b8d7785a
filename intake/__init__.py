"""intake: reads the privacy mailboxes, decides what each sender wants, acts, answers once, and keeps the record."""

__version__ = "0.1.0"
