/* musesocial hub: progressive enhancements, loaded with `defer` from base.html.
 * 1. <time data-local-start="ISO" [data-local-end="ISO"] [data-local-tz="IANA zone"]
 *    [data-local-label="Your time:"]> gets a "your time" line when the reader's
 *    clock differs from the event's.
 * 2. Click-to-load embeds: nothing third-party is fetched until the reader asks.
 * No globals, no inline script, so a strict Content-Security-Policy holds. */
(function () {
  "use strict";

  var FORMAT = {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short"
  };
  var WALL_CLOCK = {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23"
  };

  function readerZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      return "";
    }
  }

  // Building an Intl.DateTimeFormat costs far more than using one, and a listing has
  // dozens of times in a handful of zones: each formatter is built once per page.
  var formatters = {};

  function readerFormatter() {
    if (!formatters.reader) {
      var locale = document.documentElement.getAttribute("lang") || undefined;
      try {
        formatters.reader = new Intl.DateTimeFormat(locale, FORMAT);
      } catch (e) {
        formatters.reader = new Intl.DateTimeFormat(undefined, FORMAT);
      }
    }
    return formatters.reader;
  }

  // A wall-clock formatter for a zone ("" for the reader's own); throws on an unknown zone.
  function wallClock(zone) {
    var key = "zone:" + zone;
    if (!formatters[key]) {
      formatters[key] = new Intl.DateTimeFormat("en", Object.assign({ timeZone: zone || undefined }, WALL_CLOCK));
    }
    return formatters[key];
  }

  function parse(iso) {
    if (!iso) {
      return null;
    }
    var date = new Date(iso);
    return isNaN(date.getTime()) ? null : date;
  }

  // Offset in minutes east of UTC written in an ISO string, or null if the
  // string names no offset (then it cannot be compared safely).
  function isoOffset(iso) {
    var match = /(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
    if (!match) {
      return null;
    }
    if (match[1] === "Z") {
      return 0;
    }
    var digits = match[1].slice(1).replace(":", "");
    var minutes = parseInt(digits.slice(0, 2), 10) * 60 + parseInt(digits.slice(2), 10);
    return match[1].charAt(0) === "-" ? -minutes : minutes;
  }

  // True when the reader's clock shows the same wall time as the event's zone
  // at the given instant. Comparing clocks, not zone names, treats aliases
  // (Europe/Kiev, Europe/Kyiv) as the same.
  function sameClock(date, iso, eventZone, zone) {
    if (eventZone) {
      if (eventZone === zone) {
        return true;
      }
      try {
        return wallClock(eventZone).format(date) === wallClock(zone).format(date);
      } catch (e) {
        // Unknown zone name: fall back to the offset in the ISO string.
      }
    }
    var offset = isoOffset(iso);
    return offset === null || offset === -date.getTimezoneOffset();
  }

  function describe(start, end) {
    var formatter = readerFormatter();
    if (end && end > start) {
      if (typeof formatter.formatRange === "function") {
        try {
          return formatter.formatRange(start, end);
        } catch (e) {
          // Fall through to the plain form.
        }
      }
      return formatter.format(start) + " – " + formatter.format(end);
    }
    return formatter.format(start);
  }

  function addLocalTimes() {
    var zone = readerZone();
    var times = document.querySelectorAll("time[data-local-start]");
    Array.prototype.forEach.call(times, function (el) {
      if (el.hasAttribute("data-local-done")) {
        return;
      }
      el.setAttribute("data-local-done", "");
      var startIso = el.getAttribute("data-local-start");
      var endIso = el.getAttribute("data-local-end");
      var start = parse(startIso);
      if (!start) {
        return;
      }
      var end = parse(endIso);
      var eventZone = el.getAttribute("data-local-tz") || "";
      if (sameClock(start, startIso, eventZone, zone) && (!end || sameClock(end, endIso, eventZone, zone))) {
        return;
      }
      var label = el.getAttribute("data-local-label") || "Your time:";
      var line = document.createElement("span");
      line.className = "event-when__local";
      line.textContent = label + " " + describe(start, end);
      var block = el.closest ? el.closest(".event-when") : null;
      if (block) {
        block.appendChild(line);
      } else {
        el.insertAdjacentElement("afterend", line);
      }
    });
  }

  function onEmbedClick(event) {
    var target = event.target;
    var button = target && target.closest ? target.closest(".embed__load") : null;
    if (!button) {
      return;
    }
    var embed = button.closest(".embed") || button.parentNode;
    var template = embed.querySelector("template.embed__template");
    var frame = embed.querySelector(".embed__frame");
    if (!template || !frame) {
      return;
    }
    frame.appendChild(template.content.cloneNode(true));
    button.hidden = true;
    // The button just vanished; keep keyboard and screen reader users in place.
    frame.setAttribute("tabindex", "-1");
    frame.focus();
  }

  function init() {
    addLocalTimes();
    document.addEventListener("click", onEmbedClick);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
