"""The bulk audit of whole applications (issue 10): folders or ZIPs of attachments."""
