from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (`load_demo`) and the benchmark filler (`bench_fill`).
    Nothing imports this app; it imports whatever it fills."""

    name = "demo"
    verbose_name = "Demo content"
