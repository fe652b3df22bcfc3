//! Finishes a Trunk build in `dist/` for deployment as a static site, and
//! offers the model on the command line (`summary`, `trace`). Native only.
//!
//! - [`page`]: HTML rewriting (loader out of the page, per-page social meta).
//! - [`preview`]: social preview images rendered from the model.
//! - [`oembed`]: each page's oEmbed JSON.
//! - [`sizes`]: the preview image's and the embedded frame's sizes.
//! - [`clinic`]: a clinic's own copy, from its `clinic.toml`.
//! - [`guide`]: the guide for clinics, published with every copy.
//! - [`qr_sheet`]: the waiting room's QR cards, per language.
//! - [`host`]: the header rules a static host needs (`_headers`, `.htaccess`).
//! - [`build_site`]: the whole step, as `scripts/build` runs it.

pub mod clinic;
pub mod guide;
pub mod host;
pub mod lesson;
pub mod oembed;
pub mod page;
pub mod preview;
pub mod qr_sheet;
pub mod sizes;

use calf_pump_explain::cards::{card_description, card_title};
use calf_pump_explain::verdict::Judged;
use calf_pump_links::day::DAY_PATH;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::{BrandColour, PageSettings};
use calf_pump_links::urls::{embed_url, FOR_CLINICS_PATH, GUIDE_PATH};
use calf_pump_model::Stockings;
use calf_pump_words::{fill, Lang};
use clinic::ClinicCopy;
use page::PageMeta;
use preview::Card;
use std::path::{Path, PathBuf};

/// Where the site is and where it will be served from.
pub struct SiteOptions {
    pub dist: PathBuf,
    /// The public root URL, ending in `/`.
    pub site: String,
    /// A TrueType font for the preview images.
    pub font: PathBuf,
    /// The guide for clinics (Markdown; its pictures in `img/` beside it).
    pub guide: PathBuf,
    /// The clinic's accent colour for the preview cards.
    pub brand: BrandColour,
    /// A clinic's own copy (`clinic.toml`): its pages, cards and oEmbed
    /// responses carry it.
    pub clinic: Option<ClinicCopy>,
}

impl SiteOptions {
    /// Whose site it is, in `lang`: the clinic's name, else the widget's.
    fn site_name(&self, lang: Lang) -> String {
        match &self.clinic {
            Some(c) => c.name.as_str().to_string(),
            None => lang.words().page_title().to_string(),
        }
    }

    /// The clinic's settings for the pages in `lang`, on a clinic's copy.
    fn settings(&self, lang: Lang) -> Option<String> {
        self.clinic.as_ref().map(|c| c.page_settings(lang))
    }

    /// What the pages of this copy say and link to in `lang`: the clinic's
    /// name and button on a clinic's copy, else the widget's own.
    fn page_settings(&self, lang: Lang) -> PageSettings {
        match self.settings(lang) {
            Some(query) => PageSettings::parse_copy(&query),
            None => PageSettings::default(),
        }
    }

    /// The clinic's name, on a clinic's copy.
    fn clinic_name(&self) -> Option<&str> {
        self.clinic.as_ref().map(|c| c.name.as_str())
    }
}

/// FNV-1a, for a content hash in the loader's file name (cache busting).
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// The path part of the site URL (`/` or `/calf-pump/`), for absolute links
/// that work from every page of the site.
pub(crate) fn site_path(site: &str) -> &str {
    let after_scheme = site.split_once("://").map(|x| x.1).unwrap_or(site);
    after_scheme
        .find('/')
        .map(|i| &after_scheme[i..])
        .unwrap_or("/")
}

/// Finishes the page Trunk wrote at `dir/index.html` (`dir` relative to
/// the site root, `""` or `for-clinics/`) and returns it as the template for
/// that page: its inline loader moved into a `boot-<hash>.js` beside it and
/// deferred past the first paint, integrity hashes recomputed from the files
/// as they are now, and no inline script left for the CSP to block.
fn finish_trunk_page(o: &SiteOptions, dir: &str) -> Result<String, String> {
    let index_path = o.dist.join(dir).join("index.html");
    let trunk_html = std::fs::read_to_string(&index_path).map_err(|e| {
        format!(
            "reading {} ({e}): build the widget with `scripts/build` first",
            index_path.display()
        )
    })?;
    if trunk_html.contains("calf-pump:site") {
        return Err(format!(
            "{} was already finished; run `trunk build` again first",
            index_path.display()
        ));
    }
    let template = match page::inline_loader(&trunk_html)? {
        Some(body) => {
            let body = page::deferred_loader(&body)?;
            let name = format!("boot-{:016x}.js", fnv64(body.as_bytes()));
            write(&o.dist.join(dir).join(&name), body.trim())?;
            let src = format!("{}{dir}{name}", site_path(&o.site));
            page::with_external_loader(&trunk_html, &src)?
        }
        None => trunk_html,
    };
    // Local files only: an href is a path under the site's path.
    let template = page::with_fresh_integrity(&template, |href| {
        let file = href
            .strip_prefix(site_path(&o.site))
            .or_else(|| href.strip_prefix('/'))?;
        std::fs::read(o.dist.join(file)).ok()
    })?;
    if page::has_inline_script(&template)? {
        return Err(format!(
            "an inline script is left in {}; the CSP would block it",
            index_path.display()
        ));
    }
    Ok(template)
}

/// Replaces `to` with a copy of `from` (a Trunk build kept aside, to make a
/// clinic's copy from).
pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("clearing {}: {e}", to.display()))?;
    }
    copy_tree(from, to)
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("creating {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading {}: {e}", from.display()))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("copying {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The three pages Trunk built, finished: the templates every page is made from.
struct Templates {
    widget: String,
    day: String,
    clinic: String,
}

/// What one scenario page shows, computed from the model once for every
/// language.
struct ScenarioPage {
    scenario: Scenario,
    judged: Judged,
    card: Card,
}

impl ScenarioPage {
    fn of(scenario: Scenario) -> Self {
        let (activity, leg) = (scenario.activity, scenario.leg);
        let judged = Judged::of(activity, leg, Stockings::None);
        let s = &judged.summary;
        // The card's numbers run from the posture held still (standing, the
        // saddle, sitting) to the activity, as its description says.
        let from = if activity.drive().rhythm.is_some() {
            s.still_mmhg
        } else {
            s.standing_mmhg
        };
        Self {
            scenario,
            card: Card::new(
                activity,
                leg,
                from,
                s.avp_active_mmhg,
                judged.healthy.avp_active_mmhg,
            ),
            judged,
        }
    }

    /// The file name of this page's preview and oEmbed in `lang`: `es-stairs-deep-reflux`.
    fn file_name(&self, lang: Lang) -> String {
        let path = self.scenario.page_path();
        format!(
            "{}{}",
            lang.page_prefix().replace('/', "-"),
            path.trim_end_matches('/').replace('/', "-")
        )
    }
}

/// The same page in every language: `stairs/deep-reflux/`, `es/stairs/deep-reflux/`.
fn in_every_language(o: &SiteOptions, page_path: &str) -> Vec<(Lang, String)> {
    Lang::ALL
        .iter()
        .map(|l| (*l, format!("{}{}{page_path}", o.site, l.page_prefix())))
        .collect()
}

/// Writes a page's oEmbed JSON; returns its URL.
fn write_oembed(o: &SiteOptions, name: &str, embed: &oembed::Embed) -> Result<String, String> {
    write(
        &o.dist.join("oembed").join(format!("{name}.json")),
        oembed::json(embed),
    )?;
    Ok(format!("{}oembed/{name}.json", o.site))
}

/// A scenario page's lesson (see [`lesson`]), at `url`.
fn page_lesson(
    o: &SiteOptions,
    lang: Lang,
    page: &ScenarioPage,
    url: &str,
) -> Result<String, String> {
    let settings = o.page_settings(lang);
    lesson::html(&lesson::Lesson {
        lang,
        scenario: page.scenario,
        judged: &page.judged,
        card: &page.card,
        brand: &o.brand,
        site: &o.site,
        page_url: url,
        settings: &settings,
    })
}

/// One scenario's page in one language, with its preview card and oEmbed.
fn write_scenario_page(
    o: &SiteOptions,
    template: &str,
    lang: Lang,
    page: &ScenarioPage,
) -> Result<(), String> {
    let (activity, leg) = (page.scenario.activity, page.scenario.leg);
    let name = page.file_name(lang);
    let previews = o.dist.join("previews");
    std::fs::create_dir_all(&previews)
        .map_err(|e| format!("creating {}: {e}", previews.display()))?;
    let image_path = previews.join(format!("{name}.png"));
    preview::render(&image_path, lang, &page.card, &o.brand, &o.site_name(lang))
        .map_err(|e| format!("rendering {}: {e}", image_path.display()))?;
    let description = card_description(lang, &page.judged);
    let page_path = page.scenario.page_path();
    let url = format!("{}{}{page_path}", o.site, lang.page_prefix());
    let image = format!("{}previews/{name}.png", o.site);
    let settings = PageSettings {
        lang: Some(lang),
        ..PageSettings::default()
    };
    let player = embed_url(&o.site, &page.scenario, &settings);
    let title = card_title(lang, activity, leg);
    let site_name = o.site_name(lang);
    let embed = oembed::Embed {
        title: &title,
        page_url: &url,
        embed_url: &player,
        image_url: &image,
        site: &o.site,
        lang,
        site_name: &site_name,
        clinic: o.clinic_name(),
    };
    let meta = PageMeta {
        title: format!("{title} — {site_name}"),
        image_alt: fill(
            lang.site_words().preview_image_alt(),
            &[("description", &description)],
        ),
        description,
        oembed: write_oembed(o, &name, &embed)?,
        url,
        image,
        player,
        lang,
        alternates: in_every_language(o, &page_path),
        settings: o.settings(lang),
        site_name,
    };
    let html = page::with_lesson(
        &page::with_meta(template, &o.site, &meta)?,
        &page_lesson(o, lang, page, &meta.url)?,
    )?;
    let dir = o.dist.join(lang.page_prefix()).join(&page_path);
    write(&dir.join("index.html"), html)?;
    println!("{}{page_path}: {}", lang.page_prefix(), meta.description);
    Ok(())
}

/// A language's front page; returns its meta for the pages that share it.
fn write_root_page(
    o: &SiteOptions,
    template: &str,
    lang: Lang,
    front: &ScenarioPage,
) -> Result<PageMeta, String> {
    let prefix = lang.page_prefix();
    let file_prefix = prefix.replace('/', "-");
    let settings = PageSettings {
        lang: Some(lang),
        ..PageSettings::default()
    };
    let url = format!("{}{prefix}", o.site);
    let image = format!("{}previews/{file_prefix}walking.png", o.site);
    let player = embed_url(&o.site, &Scenario::default(), &settings);
    let site_name = o.site_name(lang);
    let embed = oembed::Embed {
        title: &site_name,
        page_url: &url,
        embed_url: &player,
        image_url: &image,
        site: &o.site,
        lang,
        site_name: &site_name,
        clinic: o.clinic_name(),
    };
    let root = PageMeta {
        title: match o.clinic_name() {
            Some(clinic) => format!("{} — {clinic}", lang.words().page_document_title()),
            None => lang.words().page_document_title().to_string(),
        },
        description: lang.site_words().site_description().to_string(),
        oembed: write_oembed(o, &format!("{file_prefix}index"), &embed)?,
        url,
        image,
        image_alt: lang.site_words().preview_home_image_alt().to_string(),
        player,
        lang,
        alternates: in_every_language(o, ""),
        settings: o.settings(lang),
        site_name,
    };
    // The front page opens on the default scenario: its lesson.
    let html = page::with_lesson(
        &page::with_meta(template, &o.site, &root)?,
        &page_lesson(o, lang, front, &root.url)?,
    )?;
    write(&o.dist.join(prefix).join("index.html"), html)?;
    Ok(root)
}

/// The day planner's and the clinic page's pages in one language, with
/// their own title and description; the front page's image and oEmbed.
fn write_tool_pages(
    o: &SiteOptions,
    templates: &Templates,
    root: &PageMeta,
    lang: Lang,
) -> Result<(), String> {
    let site_name = lang.words().page_title();
    let day = lang.day_words();
    let clinic = lang.clinic_words();
    for (path, template, title, description) in [
        (
            DAY_PATH,
            &templates.day,
            fill(day.day_document_title(), &[("site", site_name)]),
            day.day_description(),
        ),
        (
            FOR_CLINICS_PATH,
            &templates.clinic,
            clinic.clinic_document_title().to_string(),
            clinic.clinic_description(),
        ),
    ] {
        let meta = PageMeta {
            title,
            description: description.to_string(),
            url: format!("{}{}{path}", o.site, lang.page_prefix()),
            alternates: in_every_language(o, path),
            image: root.image.clone(),
            image_alt: root.image_alt.clone(),
            oembed: root.oembed.clone(),
            player: root.player.clone(),
            lang,
            site_name: root.site_name.clone(),
            settings: root.settings.clone(),
        };
        let file = o
            .dist
            .join(lang.page_prefix())
            .join(path)
            .join("index.html");
        write(&file, page::with_meta(template, &o.site, &meta)?)?;
    }
    Ok(())
}

/// The words of every language the browser build does not carry, for the
/// page to fetch when a reader wants it (see `Lang::load`).
fn write_words_files(o: &SiteOptions) -> Result<(), String> {
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::default()) {
        let file = lang
            .words_file()
            .ok_or("every language is built into build-site")?;
        write(&o.dist.join(lang.words_file_name()), file)?;
    }
    Ok(())
}

/// Makes `font` the previews' sans-serif.
fn register_font(font: &Path) -> Result<(), String> {
    let bytes: &'static [u8] = Box::leak(
        std::fs::read(font)
            .map_err(|e| {
                format!(
                    "reading the font {} ({e}): run `npm ci` first",
                    font.display()
                )
            })?
            .into_boxed_slice(),
    );
    plotters::style::register_font("sans-serif", plotters::style::FontStyle::Normal, bytes)
        .map_err(|_| "the font file is not a usable TrueType font".to_string())
}

/// The guide for clinics at `for-clinics/guide/`, with its pictures.
fn write_guide(o: &SiteOptions) -> Result<(), String> {
    let markdown = std::fs::read_to_string(&o.guide)
        .map_err(|e| format!("reading the guide {}: {e}", o.guide.display()))?;
    let dir = o.dist.join(GUIDE_PATH);
    write(
        &dir.join("index.html"),
        guide::page(&markdown, Lang::En.code()),
    )?;
    let pictures = o.guide.with_file_name("img");
    if pictures.is_dir() {
        copy_dir(&pictures, &dir.join("img"))?;
    }
    Ok(())
}

/// Finishes `dist/`: loader out of the page, social meta, and a page with
/// its own preview card per activity × leg (`/stairs/` for a healthy leg,
/// `/stairs/deep-reflux/`, …; see `Scenario::page_path`) in every language,
/// the planner's and the clinic page's pages, plus `404.html`. Prints one
/// line per page.
pub fn build_site(o: &SiteOptions) -> Result<(), String> {
    register_font(&o.font)?;
    let templates = Templates {
        widget: finish_trunk_page(o, "")?,
        clinic: finish_trunk_page(o, FOR_CLINICS_PATH)?,
        day: finish_trunk_page(o, DAY_PATH)?,
    };
    write_words_files(o)?;
    let pages: Vec<ScenarioPage> = Scenario::pages().map(ScenarioPage::of).collect();
    let mut roots = Vec::new();
    for lang in Lang::ALL {
        for page in &pages {
            write_scenario_page(o, &templates.widget, lang, page)?;
        }
        let front = pages
            .iter()
            .find(|p| p.scenario == Scenario::default())
            .ok_or("the default scenario has a page")?;
        let root = write_root_page(o, &templates.widget, lang, front)?;
        write(
            &o.dist
                .join(lang.page_prefix())
                .join(qr_sheet::QR_SHEET_PATH)
                .join("index.html"),
            qr_sheet::page(&o.site, lang, o.clinic_name())?,
        )?;
        write_tool_pages(o, &templates, &root, lang)?;
        roots.push(root);
    }
    // Static hosts serve 404.html for an address they do not have: the
    // widget itself, which reads the mangled address and says what it could
    // not use.
    write(
        &o.dist.join("404.html"),
        page::with_meta(&templates.widget, &o.site, &roots[0])?,
    )?;
    // The rules a static host needs, in the files the common ones read.
    let path = site_path(&o.site);
    write(&o.dist.join("_headers"), host::headers_file(path))?;
    write(&o.dist.join(".htaccess"), host::htaccess(path))?;
    write_guide(o)?;
    println!("site finished in {} for {}", o.dist.display(), o.site);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::site_path;

    #[test]
    fn the_site_path_is_what_follows_the_host() {
        assert_eq!(
            site_path("https://clinic.example/calf-pump/"),
            "/calf-pump/"
        );
        assert_eq!(site_path("http://127.0.0.1:8080/"), "/");
        assert_eq!(site_path("https://clinic.example"), "/");
    }
}
