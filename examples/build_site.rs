//! Finishes a Trunk build in `dist/` for deployment as a static site:
//! - moves Trunk's inline loader into a file, so pages need no inline script
//!   (CSP `script-src 'self' 'wasm-unsafe-eval'`);
//! - adds Open Graph and Twitter card meta with absolute URLs;
//! - renders a 1200×630 preview PNG per activity from the model itself;
//! - writes a page per activity (`/walking/`, `/stairs/`, …) with its own title,
//!   description and preview, which opens the widget in that scenario.
//!
//! `cargo run --release --example build_site -- --dist dist --site https://clinic.example/calf-pump/`

use calf_pump::model::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
use calf_pump::narration::{activity_label, narration};
use calf_pump::scenario::activity_name;
use plotters::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 630;
const SITE_NAME: &str = "Calf Pump Explorer";
const ROOT_TITLE: &str = "Calf Pump Explorer — how your calf muscle pumps blood back to your heart";
const ROOT_DESCRIPTION: &str = "An interactive model of the calf muscle pump: see how walking, stairs, cycling and swimming lower the pressure in your leg veins, and what leaky valves and compression stockings do.";
const BRAND: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
const STANDING_GREY: RGBColor = RGBColor(0x6b, 0x74, 0x80);

struct Options {
    dist: PathBuf,
    site: String,
    font: PathBuf,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        dist: PathBuf::from("dist"),
        site: std::env::var("CALF_PUMP_SITE_URL")
            .unwrap_or_else(|_| "http://127.0.0.1:8080/".into()),
        font: PathBuf::from("node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => o.dist = value.into(),
            "--site" => o.site = value,
            "--font" => o.font = value.into(),
            _ => {
                return Err(format!(
                    "unknown option {flag} (use --dist, --site, --font)"
                ))
            }
        }
    }
    if !(o.site.starts_with("https://") || o.site.starts_with("http://")) {
        return Err(format!(
            "--site must be an absolute http(s) URL, not '{}'",
            o.site
        ));
    }
    if !o.site.ends_with('/') {
        o.site.push('/');
    }
    Ok(o)
}

/// Escapes text for an HTML attribute or text node.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// FNV-1a, for a content hash in the loader's file name (cache busting).
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// Moves the inline `<script type="module">` Trunk writes into its own file.
fn externalise_loader(html: &str, dist: &Path) -> Result<String, String> {
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else {
        return Ok(html.to_string());
    };
    let end = html[start..]
        .find("</script>")
        .ok_or("unterminated loader script")?
        + start;
    let body = &html[start + open.len()..end];
    let name = format!("boot-{:016x}.js", fnv64(body.as_bytes()));
    std::fs::write(dist.join(&name), body.trim()).map_err(|e| format!("writing {name}: {e}"))?;
    Ok(format!(
        "{}<script type=\"module\" src=\"/{name}\"></script>{}",
        &html[..start],
        &html[end + "</script>".len()..]
    ))
}

/// Adds `crossorigin="anonymous"` to links carrying an integrity hash: inside a
/// sandboxed iframe (opaque origin) every fetch is cross-origin, and integrity
/// can only be checked on a CORS request.
fn cors_for_integrity(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let end = rest[start..]
            .find('>')
            .map(|i| start + i)
            .unwrap_or(rest.len() - 1);
        let tag = &rest[start..=end];
        out.push_str(&rest[..start]);
        if tag.contains("integrity=") && !tag.contains("crossorigin") {
            out.push_str(&tag.replacen("<link ", "<link crossorigin=\"anonymous\" ", 1));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

struct Page {
    title: String,
    description: String,
    url: String,
    image: String,
    image_alt: String,
    scenario: Option<String>,
}

/// The page's head with its own title, description and social meta.
fn with_meta(template: &str, site: &str, page: &Page) -> String {
    let mut html = template.to_string();
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(
            a..b + "</title>".len(),
            &format!("<title>{}</title>", esc(&page.title)),
        );
    }
    let description_tag = |d: &str| format!("<meta name=\"description\" content=\"{}\">", esc(d));
    if let Some(a) = html.find("<meta name=\"description\"") {
        let b = html[a..].find('>').map(|i| a + i + 1).unwrap_or(a);
        html.replace_range(a..b, &description_tag(&page.description));
    }
    let mut meta = vec![
        format!("<meta name=\"calf-pump:site\" content=\"{}\">", esc(site)),
        format!("<link rel=\"canonical\" href=\"{}\">", esc(&page.url)),
        "<meta property=\"og:type\" content=\"website\">".to_string(),
        format!("<meta property=\"og:site_name\" content=\"{SITE_NAME}\">"),
        format!(
            "<meta property=\"og:title\" content=\"{}\">",
            esc(&page.title)
        ),
        format!(
            "<meta property=\"og:description\" content=\"{}\">",
            esc(&page.description)
        ),
        format!("<meta property=\"og:url\" content=\"{}\">", esc(&page.url)),
        format!(
            "<meta property=\"og:image\" content=\"{}\">",
            esc(&page.image)
        ),
        format!("<meta property=\"og:image:width\" content=\"{WIDTH}\">"),
        format!("<meta property=\"og:image:height\" content=\"{HEIGHT}\">"),
        format!(
            "<meta property=\"og:image:alt\" content=\"{}\">",
            esc(&page.image_alt)
        ),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
        format!(
            "<meta name=\"twitter:title\" content=\"{}\">",
            esc(&page.title)
        ),
        format!(
            "<meta name=\"twitter:description\" content=\"{}\">",
            esc(&page.description)
        ),
        format!(
            "<meta name=\"twitter:image\" content=\"{}\">",
            esc(&page.image)
        ),
    ];
    if let Some(s) = &page.scenario {
        meta.push(format!(
            "<meta name=\"calf-pump:scenario\" content=\"{}\">",
            esc(s)
        ));
    }
    let block = format!("  {}\n", meta.join("\n  "));
    let at = html.find("</head>").unwrap_or(html.len());
    html.insert_str(at, &block);
    html
}

/// Ankle pressure (mmHg) every 0.1 s over `seconds` of an activity, starting
/// from a leg settled at rest.
fn ankle_trace(activity: Activity, seconds: f64) -> Vec<(f64, f64)> {
    let mut sim = Simulation::settled(activity, LegCondition::Healthy, Stockings::None, 60.0);
    let mut points = vec![(0.0, sim.state().ankle_pressure_mmhg)];
    for i in 1..=(seconds * 10.0) as u32 {
        sim.run_for(0.1, DEFAULT_TIME_STEP_S);
        points.push((i as f64 / 10.0, sim.state().ankle_pressure_mmhg));
    }
    points
}

/// Mean pressure between two times of a trace (mmHg).
fn mean_between(points: &[(f64, f64)], from_s: f64, to_s: f64) -> f64 {
    let inside: Vec<f64> = points
        .iter()
        .filter(|p| p.0 >= from_s && p.0 <= to_s)
        .map(|p| p.1)
        .collect();
    inside.iter().sum::<f64>() / inside.len().max(1) as f64
}

/// The activity's settled pressure: the last 5 s, or for the tiptoe test the
/// last three of its ten raises (clinical protocol).
fn active_mean(activity: Activity, points: &[(f64, f64)]) -> f64 {
    let end = points.last().map(|p| p.0).unwrap_or(0.0);
    match activity {
        Activity::Tiptoe => mean_between(points, 7.0, 10.0),
        _ => mean_between(points, end - 5.0, end),
    }
}

/// The sentence a preview image and its alt text carry.
fn headline(activity: Activity, standing: f64, active: f64) -> String {
    let label = activity_label(activity);
    if (standing - active).abs() < 3.0 {
        format!("{label}: ankle vein pressure stays at {active:.0} mmHg")
    } else if active < standing {
        format!("{label}: ankle vein pressure falls from {standing:.0} to {active:.0} mmHg")
    } else {
        format!("{label}: ankle vein pressure rises from {standing:.0} to {active:.0} mmHg")
    }
}

fn render_preview(path: &Path, activity: Activity) -> Result<String, Box<dyn std::error::Error>> {
    const SECONDS: f64 = 40.0;
    let standing = ankle_trace(Activity::Standing, SECONDS);
    let active = ankle_trace(activity, SECONDS);
    let headline = headline(
        activity,
        active_mean(Activity::Standing, &standing),
        active_mean(activity, &active),
    );
    let root = BitMapBackend::new(path, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (banner, body) = root.split_vertically(150);
    banner.fill(&BRAND)?;
    banner.draw(&Text::new(
        SITE_NAME,
        (48, 28),
        ("sans-serif", 46).into_font().color(&WHITE),
    ))?;
    banner.draw(&Text::new(
        headline.clone(),
        (48, 92),
        ("sans-serif", 30).into_font().color(&WHITE),
    ))?;
    let mut chart = ChartBuilder::on(&body)
        .margin(30)
        .margin_left(40)
        .x_label_area_size(50)
        .y_label_area_size(80)
        .build_cartesian_2d(0.0..SECONDS, 0.0..110.0)?;
    chart
        .configure_mesh()
        .x_desc("seconds")
        .y_desc("ankle pressure (mmHg)")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style(("sans-serif", 22))
        .axis_desc_style(("sans-serif", 22))
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xe4, 0xe7, 0xeb))
        .draw()?;
    chart
        .draw_series(LineSeries::new(standing, STANDING_GREY.stroke_width(4)))?
        .label("standing still")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 30, y)], STANDING_GREY.stroke_width(4)));
    chart
        .draw_series(LineSeries::new(active, BRAND.stroke_width(5)))?
        .label(activity_label(activity).to_lowercase())
        .legend(|(x, y)| PathElement::new([(x, y), (x + 30, y)], BRAND.stroke_width(5)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .label_font(("sans-serif", 24))
        .margin(16)
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(0xc9, 0xd2, 0xdc))
        .draw()?;
    root.present()?;
    Ok(headline)
}

fn run() -> Result<(), String> {
    let o = options()?;
    let font: &'static [u8] = Box::leak(
        std::fs::read(&o.font)
            .map_err(|e| {
                format!(
                    "reading the font {} ({e}): run `npm ci` first",
                    o.font.display()
                )
            })?
            .into_boxed_slice(),
    );
    plotters::style::register_font("sans-serif", FontStyle::Normal, font)
        .map_err(|_| "the font file is not a usable TrueType font")?;
    let index_path = o.dist.join("index.html");
    let trunk_html = std::fs::read_to_string(&index_path).map_err(|e| {
        format!(
            "reading {} ({e}): build the widget with `trunk build --release` first",
            index_path.display()
        )
    })?;
    if trunk_html.contains("calf-pump:site") {
        return Err(format!(
            "{} was already finished; run `trunk build` again first",
            index_path.display()
        ));
    }
    let template = cors_for_integrity(&externalise_loader(&trunk_html, &o.dist)?);
    // Guard the two things the rest relies on (a minified page breaks both).
    let inline_script = template.match_indices("<script").any(|(i, _)| {
        !template[i..]
            .split('>')
            .next()
            .unwrap_or("")
            .contains("src=")
    });
    if inline_script || !template.contains("</head>") {
        return Err("the page Trunk wrote is not in the expected form (an inline script is left or </head> is missing; is Trunk minifying HTML?)".into());
    }
    let previews = o.dist.join("previews");
    std::fs::create_dir_all(&previews).map_err(|e| e.to_string())?;

    for activity in Activity::ALL {
        let name = activity_name(activity);
        let image_path = previews.join(format!("{name}.png"));
        let headline = render_preview(&image_path, activity)
            .map_err(|e| format!("rendering {}: {e}", image_path.display()))?;
        let page = Page {
            title: format!("{} — {SITE_NAME}", activity_label(activity)),
            description: narration(activity, LegCondition::Healthy, Stockings::None),
            url: format!("{}{name}/", o.site),
            image: format!("{}previews/{name}.png", o.site),
            image_alt: format!("Chart: {headline}, compared with standing still."),
            scenario: Some(format!("activity={name}")),
        };
        let dir = o.dist.join(name);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("index.html"), with_meta(&template, &o.site, &page))
            .map_err(|e| e.to_string())?;
        println!("{name}: {headline}");
    }
    let root = Page {
        title: ROOT_TITLE.to_string(),
        description: ROOT_DESCRIPTION.to_string(),
        url: o.site.clone(),
        image: format!("{}previews/walking.png", o.site),
        image_alt: "Chart: walking lowers the pressure in an ankle vein far below standing still."
            .to_string(),
        scenario: None,
    };
    std::fs::write(&index_path, with_meta(&template, &o.site, &root)).map_err(|e| e.to_string())?;
    println!("site finished in {} for {}", o.dist.display(), o.site);
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build_site: {e}");
            ExitCode::FAILURE
        }
    }
}
