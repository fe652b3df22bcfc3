//! Each scenario page's lesson in the page itself, rendered at build time
//! from the model: what a reader sees before the WebAssembly arrives, all a
//! reader gets without JavaScript, and what a printer prints (one page,
//! with a QR code of the page's address). The live widget takes its place
//! on screen once it runs (`#calf-pump:not(:empty) + .loading` in
//! `www/style.css`).
//!
//! Every sentence comes from the same functions as the live widget's
//! (`calf_pump_explain`), the chart from the same code as the share card's
//! ([`crate::preview`]).

use crate::preview::{self, Card};
use calf_pump_explain::cards::{card_caption, card_title};
use calf_pump_explain::labels::activity_label;
use calf_pump_explain::narration::{
    ankle_headline, ankle_pressure_help, main_message, summary_points,
};
use calf_pump_explain::steps::{clot_warning, what_you_can_do, Step};
use calf_pump_explain::verdict::Judged;
use calf_pump_links::qr::qr_svg;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::{BrandColour, PageSettings};
use calf_pump_links::urls::escape_html;
use calf_pump_model::{Activity, Stockings};
use calf_pump_words::{fill, Lang};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

/// One page's lesson: what it is about and where it lives.
pub struct Lesson<'a> {
    pub lang: Lang,
    pub scenario: Scenario,
    pub judged: &'a Judged,
    pub card: &'a Card,
    pub brand: &'a BrandColour,
    /// The site's root, ending in `/`.
    pub site: &'a str,
    /// This page's own address (the QR code's).
    pub page_url: &'a str,
    /// The copy's settings: the clinic's name and button, if any.
    pub settings: &'a PageSettings,
}

/// The lesson as HTML, to stand in the page's loading screen.
pub fn html(l: &Lesson) -> Result<String, String> {
    let (lang, w) = (l.lang, l.lang.words());
    // The page's main landmark until the live widget (its own `<main>`) takes over.
    let mut out =
        String::from("<main class=\"loading static-lesson\" data-testid=\"static-lesson\">");
    out += &heading(l);
    // What this means: the message, why it matters, the number, the chart.
    out += "<section class=\"static-means\">";
    out += &format!(
        "<p class=\"main-message\" data-testid=\"static-message\">{}</p><p class=\"static-why\">{}</p>",
        escape_html(main_message(lang, l.judged)),
        escape_html(lang.words().page_why_it_matters())
    );
    out += &number(l);
    let caption = card_caption(lang, l.judged);
    out += &format!(
        "<figure class=\"static-figure\">{}<figcaption>{} {}</figcaption></figure></section>",
        chart(l, &format!("{}: {caption}", w.chart_pressure_title()))?,
        escape_html(&caption),
        escape_html(lang.site_words().site_read_chart())
    );
    let steps = what_you_can_do(lang, l.scenario.activity, l.scenario.leg, Stockings::None);
    out += &urgent(lang);
    out += &steps_list(lang, &steps);
    out += &in_short(l);
    out += &qr(l)?;
    out += &other_activities(l);
    // "Loading…" only where something loads: not without JavaScript.
    out += &format!(
        "<p class=\"static-loading\" aria-hidden=\"true\">{}</p><noscript><style>.static-loading{{display:none}}</style></noscript></main>",
        escape_html(lang.site_words().site_loading())
    );
    Ok(out)
}

/// The widget's name, the clinic's, and the page's title.
fn heading(l: &Lesson) -> String {
    let w = l.lang.words();
    let mut out = format!(
        "<p class=\"loading-title\">{}</p>",
        escape_html(w.page_title())
    );
    if let Some(clinic) = &l.settings.clinic {
        let line = fill(w.page_presented_by(), &[("clinic", clinic.as_str())]);
        out += &format!("<p class=\"clinic\">{}</p>", escape_html(&line));
    }
    let title = card_title(l.lang, l.scenario.activity, l.scenario.leg);
    out + &format!("<h1 class=\"static-title\">{}</h1>", escape_html(&title))
}

/// The ankle-pressure chart as a picture: an SVG in a `data:` address, so
/// it is vector on paper, costs no request, and (a picture, unlike inline
/// SVG) counts as the page's largest paint.
fn chart(l: &Lesson, label: &str) -> Result<String, String> {
    let (svg, (width, height)) = preview::chart_svg(l.lang, l.card, l.brand)?;
    Ok(format!(
        "<img class=\"static-chart\" src=\"data:image/svg+xml,{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\" elementtiming=\"static-chart\">",
        svg_data(&svg),
        escape_html(label)
    ))
}

/// An SVG document as the body of a `data:` address in a double-quoted
/// attribute: its own quotes made single (shorter than escaping them), the
/// rest percent-encoded where a URL or the attribute cannot hold it.
fn svg_data(svg: &str) -> String {
    const IN_DATA_URL: &AsciiSet = &CONTROLS
        .add(b'"')
        .add(b'%')
        .add(b'#')
        .add(b'<')
        .add(b'>')
        .add(b'&');
    utf8_percent_encode(&svg.replace('"', "'"), IN_DATA_URL).to_string()
}

/// "Ankle pressure: 47 mmHg — a healthy leg: 24 mmHg", and what the number means.
fn number(l: &Lesson) -> String {
    let (lang, w) = (l.lang, l.lang.words());
    // The number the live widget opens on: the activity settled.
    let headline = ankle_headline(lang, l.judged.summary.avp_active_mmhg, Some(l.judged));
    format!(
        "<p class=\"static-number\" data-testid=\"static-number\" elementtiming=\"static-number\"><strong>{}: {}</strong> {}</p>",
        escape_html(w.chart_pressure_title()),
        escape_html(&headline.text()),
        escape_html(&ankle_pressure_help(lang, l.scenario.activity))
    )
}

/// Get help: the blood-clot warning first (a phlebologist's first point),
/// boxed, before the everyday steps.
fn urgent(lang: Lang) -> String {
    let clot = escape_html(clot_warning(lang));
    format!(
        "<section class=\"static-urgent\" data-testid=\"static-urgent\"><h2>{}</h2><p>{clot}</p></section>",
        escape_html(lang.site_words().site_get_help())
    )
}

/// What you can do: the numbered steps, each with its notes.
fn steps_list(lang: Lang, steps: &[Step]) -> String {
    let items: String = steps
        .iter()
        .map(|s| {
            let notes: String = s
                .notes
                .iter()
                .map(|n| format!("<small>{}</small>", escape_html(n)))
                .collect();
            format!("<li>{}{notes}</li>", escape_html(s.text))
        })
        .collect();
    format!(
        "<section class=\"static-do\"><h2>{}</h2><ol class=\"static-steps\" data-testid=\"static-steps\">{items}</ol></section>",
        escape_html(lang.words().steps_title())
    )
}

/// In short, the call to action, and what the model can and cannot tell.
fn in_short(l: &Lesson) -> String {
    let w = l.lang.words();
    let points: String = summary_points(l.lang)
        .iter()
        .map(|p| format!("<li>{}</li>", escape_html(p)))
        .collect();
    let mut out = format!(
        "<section class=\"static-short\"><h2>{}</h2><ul>{points}</ul>",
        escape_html(w.summary_title())
    );
    if let Some(url) = &l.settings.cta_url {
        out += &format!(
            "<p class=\"static-cta\"><a class=\"button cta\" href=\"{url}\">{}</a><span class=\"print-only\">: {url}</span></p>",
            escape_html(l.settings.cta_text(l.lang)),
            url = escape_html(url.as_str()),
        );
    }
    out + &format!(
        "<p class=\"static-disclaimer\"><strong>{}</strong>{}</p></section>",
        escape_html(w.page_disclaimer()),
        escape_html(w.page_disclaimer_more())
    )
}

/// The same leg's other activities, as plain links (they work without JavaScript).
fn other_activities(l: &Lesson) -> String {
    let links: String = Activity::ALL
        .iter()
        .filter(|a| **a != l.scenario.activity)
        .map(|&activity| {
            let page = Scenario {
                activity,
                ..l.scenario
            };
            format!(
                "<li><a href=\"{}{}{}\">{}</a></li>",
                escape_html(l.site),
                l.lang.page_prefix(),
                page.page_path(),
                escape_html(activity_label(l.lang, activity))
            )
        })
        .collect();
    format!(
        "<nav class=\"static-others\"><h2>{}</h2><ul>{links}</ul></nav>",
        escape_html(l.lang.site_words().site_other_activities())
    )
}

/// The page's address as a QR code, for the printed page.
fn qr(l: &Lesson) -> Result<String, String> {
    let svg = qr_svg(l.page_url, &format!("QR: {}", l.page_url))
        .ok_or("the page's address is too long for a QR code")?;
    Ok(format!(
        "<p class=\"static-qr\">{svg}<span>{}<br>{}</span></p>",
        escape_html(l.lang.site_words().site_scan_to_open()),
        escape_html(l.page_url)
    ))
}
