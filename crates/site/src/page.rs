//! Rewrites the page Trunk wrote, with a real HTML rewriter (`lol_html`), so
//! Trunk's minifier can stay on: the inline loader moves into its own file
//! (no inline script, for a strict CSP), links carrying an integrity hash get
//! `crossorigin`, and each page gets its own title, description and social meta.

use crate::sizes::{EMBED_HEIGHT, EMBED_WIDTH, PREVIEW_HEIGHT, PREVIEW_WIDTH};
use calf_pump_links::urls::escape_html;
use calf_pump_words::Lang;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use std::cell::RefCell;

/// What one page says about itself to search engines and link previews.
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// The page's absolute URL.
    pub url: String,
    /// Absolute URL of its 1200×630 preview image.
    pub image: String,
    pub image_alt: String,
    /// Absolute URL of the page's oEmbed JSON.
    pub oembed: String,
    /// The page's scenario in embed mode: the player card's iframe.
    pub player: String,
    /// The page's language: `<html lang>`, its words and `og:locale`.
    pub lang: Lang,
    /// The same page in every language, for `hreflang` (empty for a page
    /// in one language only).
    pub alternates: Vec<(Lang, String)>,
    /// Whose site it is (`og:site_name`): a clinic's name on its copy.
    pub site_name: String,
    /// A clinic's copy's settings for the page's scripts
    /// (`<meta name="calf-pump-settings">`), if this is one.
    pub settings: Option<String>,
}

fn rewrite(html: &str, settings: RewriteStrSettings<'_, '_>) -> Result<String, String> {
    rewrite_str(html, settings).map_err(|e| format!("rewriting the page: {e}"))
}

/// The body of Trunk's inline module loader, if the page has one.
pub fn inline_loader(html: &str) -> Result<Option<String>, String> {
    let body = RefCell::new(None::<String>);
    rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![text!("script[type=module]:not([src])", |t| {
                body.borrow_mut()
                    .get_or_insert_with(String::new)
                    .push_str(t.as_str());
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )?;
    Ok(body.into_inner())
}

/// Trunk's loader, changed to fetch the widget only once the page's own
/// lesson is on screen: when the browser reports the lesson's number painted
/// (Element Timing: an animation frame is no proof, a frame can run without
/// presenting anything), or, where Element Timing is missing (Safari,
/// Firefox), two animation frames. At most 600 ms either way (a background
/// tab paints nothing). The lesson's chart is then the page's largest paint
/// whatever the network, and the widget, taking over later with smaller
/// parts, does not replace it as Lighthouse's largest paint. The page's CSS
/// is inline, so nothing else waits.
pub fn deferred_loader(trunk_loader: &str) -> Result<String, String> {
    let statement = trunk_loader
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("import init, * as bindings from ")
        })
        .ok_or("Trunk's loader no longer starts with `import init, * as bindings from`")?;
    let glue = statement
        .trim()
        .trim_start_matches("import init, * as bindings from ")
        .trim_end_matches(';');
    let wait = concat!(
        "await new Promise((shown) => { setTimeout(shown, 600); ",
        "if (document.querySelector('[elementtiming]') && typeof PerformanceObserver === 'function' ",
        "&& PerformanceObserver.supportedEntryTypes?.includes('element')) ",
        "new PerformanceObserver((_, seen) => { seen.disconnect(); shown(); }).observe({ type: 'element', buffered: true }); ",
        "else requestAnimationFrame(() => requestAnimationFrame(shown)); });"
    );
    let import = format!("const bindings = await import({glue});\nconst init = bindings.default;");
    Ok(trunk_loader.replacen(statement, &format!("{wait}\n{import}"), 1))
}

/// The page with its inline loader replaced by `<script type="module" src>`
/// and without the WebAssembly preload (see [`deferred_loader`]), and
/// `crossorigin="anonymous"` on every link with an integrity hash: inside
/// a sandboxed iframe (opaque origin) every fetch is cross-origin, and
/// integrity can only be checked on a CORS request.
pub fn with_external_loader(html: &str, loader_src: &str) -> Result<String, String> {
    let tag = format!(
        "<script type=\"module\" src=\"{}\"></script>",
        escape_html(loader_src)
    );
    rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("script[type=module]:not([src])", |el| {
                    el.replace(&tag, ContentType::Html);
                    Ok(())
                }),
                // Fetched by the deferred loader, after the first paint.
                element!("link[rel=preload][as=fetch]", |el| {
                    el.remove();
                    Ok(())
                }),
                element!("link[integrity]:not([crossorigin])", |el| {
                    el.set_attribute("crossorigin", "anonymous")?;
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )
}

/// The page with every `integrity` hash recomputed (SHA-384) from the file
/// its link names, read through `file_of(href)`: `scripts/build` minifies
/// wasm-bindgen's glue after Trunk has hashed it. A link whose file is not
/// found keeps its hash.
pub fn with_fresh_integrity(
    html: &str,
    file_of: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<String, String> {
    use base64::Engine;
    use sha2::Digest;
    rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("link[integrity][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                if let Some(bytes) = file_of(&href) {
                    let digest = sha2::Sha384::digest(&bytes);
                    let hash = base64::engine::general_purpose::STANDARD.encode(digest);
                    el.set_attribute("integrity", &format!("sha384-{hash}"))?;
                }
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )
}

/// True when the page still runs an inline script (which the CSP forbids).
pub fn has_inline_script(html: &str) -> Result<bool, String> {
    let found = RefCell::new(false);
    rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("script:not([src])", |_| {
                *found.borrow_mut() = true;
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )?;
    Ok(found.into_inner())
}

/// `<meta {attr}="{name}" content="{value}">`, escaped.
fn content(attr: &str, name: &str, value: &str) -> String {
    format!(
        "<meta {attr}=\"{name}\" content=\"{}\">",
        escape_html(value)
    )
}

/// What search engines and every link preview read: description,
/// canonical address, Open Graph and the oEmbed discovery link.
fn open_graph(site: &str, page: &PageMeta) -> String {
    [
        content("name", "description", &page.description),
        content("name", "calf-pump:site", site),
        page.settings
            .as_deref()
            .map(|s| content("name", "calf-pump-settings", s))
            .unwrap_or_default(),
        format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape_html(&page.url)
        ),
        content("property", "og:type", "website"),
        content("property", "og:site_name", &page.site_name),
        content(
            "property",
            "og:locale",
            page.lang.site_words().site_locale(),
        ),
        content("property", "og:title", &page.title),
        content("property", "og:description", &page.description),
        content("property", "og:url", &page.url),
        content("property", "og:image", &page.image),
        content("property", "og:image:width", &PREVIEW_WIDTH.to_string()),
        content("property", "og:image:height", &PREVIEW_HEIGHT.to_string()),
        content("property", "og:image:alt", &page.image_alt),
        format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            escape_html(&page.oembed),
            escape_html(&page.title)
        ),
    ]
    .concat()
}

/// The Twitter card: Mastodon and X play an HTTPS player card inline;
/// elsewhere the large image stays.
fn twitter_card(page: &PageMeta) -> String {
    let player = page.player.starts_with("https://");
    let mut meta = vec![
        content(
            "name",
            "twitter:card",
            if player {
                "player"
            } else {
                "summary_large_image"
            },
        ),
        content("name", "twitter:title", &page.title),
        content("name", "twitter:description", &page.description),
        content("name", "twitter:image", &page.image),
    ];
    if player {
        meta.extend([
            content("name", "twitter:player", &page.player),
            content("name", "twitter:player:width", &EMBED_WIDTH.to_string()),
            content("name", "twitter:player:height", &EMBED_HEIGHT.to_string()),
        ]);
    }
    meta.concat()
}

/// The page's language links: its words preloaded where the widget fetches
/// them, and `hreflang` to the same page in every language.
fn language_links(site: &str, page: &PageMeta) -> String {
    // By path, like the page's other files, so it is this origin's whatever
    // host serves the site; fetched alongside the WebAssembly, not after it.
    let preload = (page.lang != Lang::default()).then(|| {
        format!(
            "<link rel=\"preload\" href=\"{}{}\" as=\"fetch\" crossorigin=\"anonymous\">",
            escape_html(crate::site_path(site)),
            page.lang.words_file_name()
        )
    });
    let hreflang = |code: &str, url: &str| {
        format!(
            "<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">",
            escape_html(url)
        )
    };
    let default = page
        .alternates
        .iter()
        .find(|(lang, _)| *lang == Lang::default())
        .map(|(_, url)| hreflang("x-default", url));
    preload
        .into_iter()
        .chain(
            page.alternates
                .iter()
                .map(|(l, url)| hreflang(l.code(), url)),
        )
        .chain(default)
        .collect()
}

/// Puts a scenario page's lesson (see [`crate::lesson`]) where the loading
/// screen was: what the reader sees first, without JavaScript, and on paper.
pub fn with_lesson(html: &str, lesson: &str) -> Result<String, String> {
    let mut found = false;
    let out = rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("div.loading", |el| {
                found = true;
                el.replace(lesson, ContentType::Html);
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )?;
    if found {
        Ok(out)
    } else {
        Err("the page has no loading screen (div.loading) for its lesson".into())
    }
}

/// The page with its own title, description and Open Graph / Twitter card meta.
pub fn with_meta(template: &str, site: &str, page: &PageMeta) -> Result<String, String> {
    let block = [
        open_graph(site, page),
        twitter_card(page),
        language_links(site, page),
    ]
    .concat();
    let words_of = |key: &str| {
        let lang = page.lang;
        lang.words()
            .text(key)
            .or_else(|| lang.site_words().text(key))
            .or_else(|| lang.day_words().text(key))
            .or_else(|| lang.clinic_words().text(key))
    };
    let saw_head = RefCell::new(false);
    let html = rewrite(
        template,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("html", |el| {
                    el.set_attribute("lang", page.lang.code())?;
                    Ok(())
                }),
                // The static loading screen, in the page's language.
                element!("noscript[data-words]", |el| {
                    let text = el.get_attribute("data-words").and_then(|k| words_of(&k));
                    if let Some(text) = text {
                        let p = format!("<p class=\"noscript\">{}</p>", escape_html(text));
                        el.set_inner_content(&p, ContentType::Html);
                    }
                    Ok(())
                }),
                element!("[data-words]:not(noscript)", |el| {
                    let key = el.get_attribute("data-words").unwrap_or_default();
                    let text = words_of(&key)
                        .ok_or_else(|| format!("data-words=\"{key}\" is not a catalogue key"))?;
                    el.set_inner_content(text, ContentType::Text);
                    Ok(())
                }),
                element!("title", |el| {
                    el.set_inner_content(&page.title, ContentType::Text);
                    Ok(())
                }),
                // Replaced by the page's own, below.
                element!("meta[name=description]", |el| {
                    el.remove();
                    Ok(())
                }),
                // Right after the charset, which is always first in the head,
                // whether or not a minifier left the optional <head> tag.
                element!("meta[charset]", |el| {
                    *saw_head.borrow_mut() = true;
                    el.after(&block, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )?;
    if !saw_head.into_inner() {
        return Err("the page has no <meta charset> to put its meta after".into());
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Old</title><meta name=description content=old><link rel=stylesheet href=/a.css integrity=sha384-x><script type=module>import init from '/app.js';init('/app.wasm')</script><body><div id=calf-pump></div>";

    #[test]
    fn the_loader_moves_out_of_a_minified_page() {
        let body = inline_loader(MINIFIED).unwrap().unwrap();
        assert_eq!(body, "import init from '/app.js';init('/app.wasm')");
        let page = with_external_loader(MINIFIED, "/boot-1.js").unwrap();
        assert!(!has_inline_script(&page).unwrap(), "{page}");
        assert!(page.contains("<script type=\"module\" src=\"/boot-1.js\"></script>"));
        assert!(page.contains("crossorigin=\"anonymous\""), "{page}");
    }

    #[test]
    fn the_loader_waits_for_the_first_paint_before_importing_the_widget() {
        let trunk = "import init, * as bindings from '/calf-pump-1.js';\nconst wasm = await init({ module_or_path: '/calf-pump-1_bg.wasm' });\nwindow.wasmBindings = bindings;";
        let deferred = deferred_loader(trunk).unwrap();
        assert!(!deferred.contains("import init"), "{deferred}");
        let wait = deferred.find("type: 'element'").unwrap();
        let import = deferred.find("await import('/calf-pump-1.js')").unwrap();
        let init = deferred.find("await init(").unwrap();
        assert!(wait < import && import < init, "{deferred}");
        assert!(deferred_loader("init()").is_err());
    }

    #[test]
    fn integrity_hashes_are_recomputed_from_the_files() {
        let page = "<link rel=modulepreload href=/a.js integrity=sha384-old><link rel=icon href=/gone.svg integrity=sha384-kept>";
        let page =
            with_fresh_integrity(page, |href| (href == "/a.js").then(|| b"abc".to_vec())).unwrap();
        // SHA-384 of "abc" (FIPS 180-2, appendix D.1), base64.
        assert!(page.contains("integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\""), "{page}");
        assert!(page.contains("sha384-kept"), "{page}");
    }

    #[test]
    fn the_wasm_preload_goes_and_the_module_preload_stays() {
        let page = "<!doctype html><html><meta charset=utf-8><link rel=modulepreload href=/a.js integrity=sha384-x><link rel=preload as=fetch type=application/wasm href=/a.wasm integrity=sha384-y><script type=module>import init from '/a.js'</script>";
        let page = with_external_loader(page, "/boot-1.js").unwrap();
        assert!(page.contains("rel=modulepreload"), "{page}");
        assert!(!page.contains("a.wasm"), "{page}");
    }

    #[test]
    fn meta_is_escaped_and_replaces_the_old_title_and_description() {
        let page = PageMeta {
            title: "Stairs & \"you\" <b>".into(),
            description: "From 88 → 28 mmHg".into(),
            url: "https://c.example/stairs/?a=1&b=2".into(),
            image: "https://c.example/previews/stairs.png".into(),
            image_alt: "Chart".into(),
            oembed: "https://c.example/oembed/stairs.json".into(),
            player: "https://c.example/stairs/?embed=1".into(),
            lang: Lang::default(),
            alternates: vec![],
            site_name: "Ozark & Co".into(),
            settings: Some("clinic=Ozark+%26+Co&cta_url=none".into()),
        };
        let html = with_meta(MINIFIED, "https://c.example/", &page).unwrap();
        // A clinic's copy: its name, and its settings for the page's scripts.
        assert!(
            html.contains(r#"<meta property="og:site_name" content="Ozark &amp; Co">"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<meta name="calf-pump-settings" content="clinic=Ozark+%26+Co&amp;cta_url=none">"#
            ),
            "{html}"
        );
        assert!(
            html.contains("<title>Stairs &amp; \"you\" &lt;b&gt;</title>"),
            "{html}"
        );
        assert!(!html.contains("content=old"));
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert!(html.contains("href=\"https://c.example/stairs/?a=1&amp;b=2\""));
        assert!(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://c.example/oembed/stairs.json\""));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"player\">"));
        assert!(html.contains(
            "<meta name=\"twitter:player\" content=\"https://c.example/stairs/?embed=1\">"
        ));
        assert!(html.contains("content=\"Stairs &amp; &quot;you&quot; &lt;b&gt;\""));
    }

    #[test]
    fn the_lesson_takes_the_loading_screen_s_place_after_the_live_widget_s_root() {
        let page = "<body><div id=calf-pump></div><div class=loading aria-hidden=true><p>Loading</p></div></body>";
        let html = with_lesson(page, "<main class=\"loading static-lesson\">Walk</main>").unwrap();
        assert!(
            html.contains(
                "<div id=calf-pump></div><main class=\"loading static-lesson\">Walk</main></body>"
            ),
            "{html}"
        );
        assert!(with_lesson("<body><p>no loading screen</p></body>", "x").is_err());
    }

    #[test]
    fn a_spanish_page_says_so_and_links_its_english_twin() {
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>Old</title><p class=loading-title data-words=page_title>Calf Pump Explorer</p><noscript data-words=site_noscript><p class=noscript>needs JavaScript</p></noscript>";
        let page = PageMeta {
            title: "Subir escaleras".into(),
            description: "Con venas profundas con fugas".into(),
            url: "https://c.example/es/stairs/".into(),
            image: "https://c.example/previews/es-stairs.png".into(),
            image_alt: "Gráfica".into(),
            oembed: "https://c.example/oembed/es-stairs.json".into(),
            player: "https://c.example/es/stairs/?embed=1".into(),
            lang: Lang::Es,
            alternates: vec![
                (Lang::En, "https://c.example/stairs/".into()),
                (Lang::Es, "https://c.example/es/stairs/".into()),
            ],
            site_name: "La bomba de la pantorrilla".into(),
            settings: None,
        };
        let html = with_meta(template, "https://c.example/", &page).unwrap();
        assert!(html.contains("<html lang=\"es\">"), "{html}");
        assert!(html.contains(
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://c.example/stairs/\">"
        ));
        assert!(html.contains(
            "<link rel=\"alternate\" hreflang=\"es\" href=\"https://c.example/es/stairs/\">"
        ));
        assert!(html.contains("hreflang=\"x-default\" href=\"https://c.example/stairs/\""));
        assert!(html.contains("La bomba de la pantorrilla</p>"), "{html}");
        assert!(html.contains("content=\"es_US\""));
        assert!(html.contains(&format!(
            "<link rel=\"preload\" href=\"/{}\" as=\"fetch\"",
            Lang::Es.words_file_name()
        )));
        assert!(!html.contains("needs JavaScript"), "{html}");
        let unknown = "<!doctype html><meta charset=utf-8><p data-words=no_such_key>x</p>";
        assert!(with_meta(unknown, "https://c.example/", &page).is_err());
    }
}
