"""The weekly report's 12-week trend chart: human mail by outcome (stacked bars, each message once, so that a
bar's total is the week's human mail, a figure of the report's tables) above the review backlog (line).

Drawn with matplotlib's object API on the Agg canvas, never through pyplot: pyplot keeps global figure state, which
the daemon's scheduler threads would share. The PNG carries no timestamp metadata, so the same data gives the same
bytes (a stored report does not change when it is rebuilt).
"""

from __future__ import annotations

import io
from typing import Any, Mapping, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

# Outcome -> (legend label, colour), after the report's kinds of request (each with the catalogue's title and
# colour). Machine mail and mail that is not a request are left out on purpose: neither is a request, and in a
# busy week they would dwarf the bars that matter.
OTHER_SERIES: dict[str, tuple[str, str]] = {
    "several": ("Several requests", "#d4a017"),
    "review": ("Awaiting review", "#8a6bbf"),
    "no_action": ("No action needed", "#a9b1ba"),
}
BACKLOG_COLOUR = "#8a6bbf"
INK, GRID, MUTED = "#1f2933", "#e4e7eb", "#616e7c"


def series_of(kinds: Sequence[Mapping[str, Any]]) -> dict[str, tuple[str, str]]:
    """The stacked series: the report's kinds of request ([{"name", "title", "colour"}, ...]), then the others."""
    return {**{k["name"]: (k["title"], k["colour"]) for k in kinds}, **OTHER_SERIES}


def trend_chart(trend: Sequence[Mapping[str, Any]], kinds: Sequence[Mapping[str, Any]]) -> bytes:
    """The PNG for a report's `trend` list ([{"week", "outcomes": {...}, "review_backlog"}, ...], oldest first)
    and its kinds of request."""
    series = series_of(kinds)
    fig = Figure(figsize=(8.0, 4.6), dpi=120)
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.5], "hspace": 0.42})
    labels = [_short_week(str(point["week"])) for point in trend]
    positions = list(range(len(trend)))
    _draw_outcomes(top, positions, trend, series)
    _draw_backlog(bottom, positions, trend)
    bottom.set_xticks(positions, labels)
    fig.subplots_adjust(left=0.06, right=0.985, top=0.87, bottom=0.07)
    handles, names = top.get_legend_handles_labels()
    fig.legend(handles, names, loc="upper center", bbox_to_anchor=(0.52, 0.995), ncol=len(series), frameon=False,
               fontsize=7.5, handlelength=1.0, handleheight=1.0, columnspacing=1.2)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", facecolor="white", metadata={"Software": None})
    return buffer.getvalue()


def bar_totals(trend: Sequence[Mapping[str, Any]]) -> list[int]:
    """The figure printed above each bar: the week's human mail (each message under one outcome)."""
    return [sum(int(n) for n in point["human_mail"].values()) for point in trend]


def _draw_outcomes(ax, positions: list[int], trend: Sequence[Mapping[str, Any]],
                   series: Mapping[str, tuple[str, str]]) -> None:
    base = [0] * len(trend)
    for key, (label, colour) in series.items():
        heights = [int(point["human_mail"].get(key, 0)) for point in trend]
        ax.bar(positions, heights, bottom=base, width=0.62, color=colour, label=label, zorder=3)
        base = [b + h for b, h in zip(base, heights)]
    for x, total in zip(positions, bar_totals(trend)):
        if total:
            ax.annotate(str(total), (x, total), textcoords="offset points", xytext=(0, 3), ha="center",
                        fontsize=7.5, color=INK)
    ax.set_ylim(0, max(max(base, default=0) * 1.18, 1))  # headroom for the totals
    if not any(base):
        ax.text(0.5, 0.5, "No human mail in these 12 weeks", transform=ax.transAxes, ha="center", va="center",
                color=MUTED, fontsize=9)
    _style(ax, "Human mail by outcome (each message once)")


def _draw_backlog(ax, positions: list[int], trend: Sequence[Mapping[str, Any]]) -> None:
    backlog = [int(point.get("review_backlog", 0)) for point in trend]
    ax.fill_between(positions, backlog, color=BACKLOG_COLOUR, alpha=0.12, zorder=2)
    ax.plot(positions, backlog, color=BACKLOG_COLOUR, marker="o", markersize=3.5, linewidth=1.6, zorder=3)
    if backlog:
        ax.annotate(str(backlog[-1]), (positions[-1], backlog[-1]), textcoords="offset points", xytext=(0, 5),
                    ha="center", fontsize=7.5, color=INK)
    ax.set_ylim(0, max(max(backlog, default=0) * 1.3, 1))
    _style(ax, "Open review items at week end")


def _style(ax, title: str) -> None:
    ax.set_title(title, loc="left", fontsize=9, color=INK, pad=4, fontweight="bold")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    ax.tick_params(colors=MUTED, labelsize=7.5, length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(GRID)


def _short_week(week: str) -> str:
    # "2026-W47" -> "W47": the year is in the report header; a year boundary shows as W52 -> W01.
    return week.split("-", 1)[-1]
