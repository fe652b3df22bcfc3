//! Thin wrappers over the browser APIs the widget needs. Each one degrades to
//! a sane default when a feature is missing instead of panicking.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Milliseconds from `performance.now()`, or 0 where there is no performance API.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The page's query string without the leading `?` (empty when unavailable).
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The path part of the site root (`/` or `/calf-pump/`): links from page
/// to page start with it, so they work on whatever origin serves the site.
pub fn site_path() -> String {
    web_sys::Url::new(&site_root())
        .map(|u| u.pathname())
        .unwrap_or_else(|_| "/".to_string())
}

/// This page's path below the site root: `stairs/deep-reflux/` on a
/// scenario's page, empty at the root.
pub fn page_path_in_site() -> String {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let site = site_path();
    path.strip_prefix(&site)
        .unwrap_or(path.trim_start_matches('/'))
        .to_string()
}

/// Puts the scenario into the address bar without adding history or
/// reloading: its page's path (the root stays the root for the opening
/// scenario) and a query with the rest and compare mode. Keys other than the scenario's
/// (e.g. `embed`, clinic settings) are kept.
pub fn replace_scenario_address(
    scenario: &calf_pump_links::scenario::Scenario,
    compare: bool,
    lang: calf_pump_words::Lang,
) {
    use calf_pump_links::scenario::{with_scenario, Scenario};
    use calf_pump_words::Lang;
    let Some(w) = window() else { return };
    let at_root = Lang::split_page_path(&page_path_in_site()).1.is_empty();
    let (page, query) = if at_root && *scenario == Scenario::default() {
        (
            String::new(),
            with_scenario(&query_string(), scenario, compare),
        )
    } else {
        (
            scenario.page_path(),
            with_scenario(&query_string(), scenario, compare),
        )
    };
    // The language rides in the path, as on the pre-built pages.
    let path = format!("{}{}{page}", site_path(), lang.page_prefix());
    // The fragment is the host's (WordPress's `#?secret=`): kept as it is.
    let fragment = w.location().hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{fragment}")
    } else {
        format!("{path}?{query}{fragment}")
    };
    replace_address(&url);
}

/// The first of the browser's preferred languages (`navigator.languages`,
/// best first) the widget speaks; `None` where none is, or no list exists.
pub fn preferred_language() -> Option<calf_pump_words::Lang> {
    let languages = window()?.navigator().languages();
    calf_pump_words::Lang::preferred(languages.iter().filter_map(|l| l.as_string()))
}

/// Tells the browser (and screen readers, translators and search engines)
/// which language the page is in, and gives the tab its title.
pub fn set_document_language(code: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// True once `lang`'s words are here: at once for a language built in,
/// else after fetching its words file from this site (false if that fails:
/// offline, or an old page after a new deploy).
pub async fn words_ready(lang: calf_pump_words::Lang) -> bool {
    if lang.is_ready() {
        return true;
    }
    let Some(w) = window() else { return false };
    let url = format!("{}{}", site_path(), lang.words_file_name());
    let text = async {
        let response: web_sys::Response =
            wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(&url))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        if !response.ok() {
            return None;
        }
        wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    };
    match text.await {
        Some(text) => lang.load(text).is_ok(),
        None => false,
    }
}

/// Puts `url` (same origin) into the address bar without adding history.
pub fn replace_address(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        // A sandboxed iframe may refuse; the widget works on regardless.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Opens `url` in place of this page (no history entry for this one).
pub fn open_instead(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(url);
    }
}

/// True when the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// True while the tab is visible.
pub fn page_visible() -> bool {
    window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
        .unwrap_or(true)
}

pub fn device_pixel_ratio() -> f64 {
    let r = window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0);
    if r.is_finite() && r > 0.0 {
        r.min(4.0)
    } else {
        1.0
    }
}

/// A requestAnimationFrame loop that stops when dropped.
pub struct AnimationLoop {
    handle: std::rc::Rc<std::cell::Cell<Option<i32>>>,
    // Held so the callback lives as long as the loop; taken on drop to break the Rc cycle.
    closure: std::rc::Rc<std::cell::RefCell<Option<Closure<dyn FnMut(f64)>>>>,
}

impl AnimationLoop {
    /// Calls `frame(timestamp_ms)` once per animation frame until dropped.
    pub fn start(mut frame: impl FnMut(f64) + 'static) -> Option<Self> {
        let w = window()?;
        let handle = std::rc::Rc::new(std::cell::Cell::new(None));
        let closure: std::rc::Rc<std::cell::RefCell<Option<Closure<dyn FnMut(f64)>>>> =
            Default::default();
        let (h, c) = (handle.clone(), closure.clone());
        let w2 = w.clone();
        *closure.borrow_mut() = Some(Closure::new(move |t: f64| {
            frame(t);
            if let Some(cb) = c.borrow().as_ref() {
                h.set(w2.request_animation_frame(cb.as_ref().unchecked_ref()).ok());
            }
        }));
        if let Some(cb) = closure.borrow().as_ref() {
            handle.set(w.request_animation_frame(cb.as_ref().unchecked_ref()).ok());
        }
        Some(Self { handle, closure })
    }
}

impl Drop for AnimationLoop {
    fn drop(&mut self) {
        if let (Some(w), Some(id)) = (window(), self.handle.get()) {
            let _ = w.cancel_animation_frame(id);
        }
        self.closure.borrow_mut().take();
    }
}

/// Tells whether an element is on screen; disconnected when dropped. Browsers
/// without IntersectionObserver simply never report it off screen.
pub struct OnScreenObserver {
    observer: web_sys::IntersectionObserver,
    _closure: Closure<dyn FnMut(js_sys::Array)>,
}

impl OnScreenObserver {
    pub fn new(
        element: &web_sys::Element,
        mut on_change: impl FnMut(bool) + 'static,
    ) -> Option<Self> {
        let closure = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                on_change(entry.is_intersecting());
            }
        });
        let observer = web_sys::IntersectionObserver::new(closure.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Self {
            observer,
            _closure: closure,
        })
    }
}

impl Drop for OnScreenObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Content of `<meta name="…">` in the page, if present.
pub fn meta_content(name: &str) -> Option<String> {
    let doc = window()?.document()?;
    let el = doc
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    el.get_attribute("content").filter(|c| !c.is_empty())
}

/// The widget's public root URL, ending in `/`: set at build time in
/// `<meta name="calf-pump:site">`, else this page's origin.
pub fn site_root() -> String {
    if let Some(site) = meta_content("calf-pump:site") {
        return if site.ends_with('/') {
            site
        } else {
            format!("{site}/")
        };
    }
    window()
        .and_then(|w| w.location().origin().ok())
        .filter(|o| o != "null")
        .map(|o| format!("{o}/"))
        .unwrap_or_else(|| "/".to_string())
}

/// True when the widget runs inside another page's iframe.
pub fn in_iframe() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

/// Calls `object.method(arg)` if the browser has it; None when it does not.
fn call_if_present(object: &JsValue, method: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(object, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(object, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// How sharing went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    Shared,
    Copied,
    /// Neither worked (no Web Share, clipboard refused): show the link to copy by hand.
    Failed,
}

/// The Web Share API where the browser has it, else copy to the clipboard.
pub async fn share_or_copy(url: &str, title: &str) -> ShareOutcome {
    let Some(w) = window() else {
        return ShareOutcome::Failed;
    };
    let navigator: JsValue = w.navigator().into();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    if let Some(p) = call_if_present(&navigator, "share", &data) {
        match wasm_bindgen_futures::JsFuture::from(p).await {
            Ok(_) => return ShareOutcome::Shared,
            // The reader closed the share sheet: nothing more to do.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                return ShareOutcome::Shared
            }
            Err(_) => {}
        }
    }
    copy_text(url).await
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> ShareOutcome {
    let Some(w) = window() else {
        return ShareOutcome::Failed;
    };
    let navigator: JsValue = w.navigator().into();
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined())
    else {
        return ShareOutcome::Failed;
    };
    let Some(p) = call_if_present(&clipboard, "writeText", &text.into()) else {
        return ShareOutcome::Failed;
    };
    match wasm_bindgen_futures::JsFuture::from(p).await {
        Ok(_) => ShareOutcome::Copied,
        Err(_) => ShareOutcome::Failed,
    }
}

/// Saves `href` (a data: or blob: URL) as a file.
pub fn download(filename: &str, href: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", filename);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
        a.remove();
    }
}

/// Saves text as a file.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        download(filename, &url);
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}

/// Tells the embedding page how tall the widget is, whenever that changes:
/// with a namespaced message the loader script (`embed.js`) understands, and,
/// when WordPress embedded it (a `#?secret=` in the address), in the form
/// WordPress's `wp-embed` script sizes and reveals its oEmbed iframes with.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _closure: Closure<dyn FnMut(js_sys::Array)>,
    _ready: gloo_events::EventListener,
}

impl HeightReporter {
    pub fn new(element: &web_sys::Element) -> Option<Self> {
        let w = window()?;
        let parent = w.parent().ok()??;
        let target = element.clone();
        let secret = wordpress_secret();
        let report = std::rc::Rc::new(move || {
            let height = target.get_bounding_client_rect().height().ceil();
            let set = |o: &js_sys::Object, k: &str, v: JsValue| {
                let _ = js_sys::Reflect::set(o, &k.into(), &v);
            };
            let message = js_sys::Object::new();
            set(&message, "type", "calf-pump:resize".into());
            set(&message, "height", height.into());
            // The height is not a secret: any embedding origin may read it.
            let _ = parent.post_message(&message, "*");
            if let Some(secret) = &secret {
                let wordpress = js_sys::Object::new();
                set(&wordpress, "secret", secret.as_str().into());
                set(&wordpress, "message", "height".into());
                set(&wordpress, "value", height.into());
                let _ = parent.post_message(&wordpress, "*");
            }
        });
        let on_resize = report.clone();
        let closure =
            Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| on_resize());
        let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        // WordPress keeps its iframe clipped out of sight until the first
        // height arrives, and a browser runs no resize observers in a frame
        // it does not render: so report once now, and again whenever
        // WordPress's `wp-embed` says it is ready.
        report();
        let on_ready = report.clone();
        let ready = gloo_events::EventListener::new(&w, "message", move |event| {
            let data = event
                .dyn_ref::<web_sys::MessageEvent>()
                .map(|m| m.data())
                .and_then(|d| js_sys::Reflect::get(&d, &"message".into()).ok())
                .and_then(|m| m.as_string());
            if data.as_deref() == Some("ready") {
                on_ready();
            }
        });
        Some(Self {
            observer,
            _closure: closure,
            _ready: ready,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Runs `f` in a later task, after the browser has had a chance to paint:
/// for work that should not delay the first picture.
pub fn after_paint(f: impl FnOnce() + 'static) {
    // A one-shot closure that frees itself once called (gloo's
    // `Timeout::forget` would leak one closure per call).
    let Some(w) = window() else { return f() };
    let callback = Closure::once_into_js(f);
    // Without timers there is nothing to do but skip the deferred work.
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 30);
}

/// Scrolls a sideways-scrolling `container` (positioned, so it is its
/// children's offset parent) to show its child matching `selector` whole,
/// among as many whole chips as fit, without moving the page.
pub fn scroll_chosen_into_view(container: &web_sys::Element, selector: &str) {
    let (Some(strip), Ok(Some(chosen))) = (
        container.dyn_ref::<web_sys::HtmlElement>(),
        container.query_selector(selector),
    ) else {
        return;
    };
    let Some(chosen) = chosen.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    // Chips as (left, right) in the strip's scrolled content, in px.
    let mut chips = Vec::new();
    let mut child = strip.first_element_child();
    while let Some(c) = child {
        if let Some(c) = c.dyn_ref::<web_sys::HtmlElement>() {
            chips.push((c.offset_left(), c.offset_left() + c.offset_width()));
        }
        child = c.next_element_sibling();
    }
    let chosen = (
        chosen.offset_left(),
        chosen.offset_left() + chosen.offset_width(),
    );
    strip.set_scroll_left(whole_chips_start(
        &chips,
        chosen,
        strip.client_width(),
        strip.scroll_width(),
    ));
}

/// Where a strip `width` px wide (its content `content` px) should start so
/// that the `chosen` chip shows whole and the whole chips at rest fill it
/// best: each chip's left edge, clear of the back arrow, is a candidate;
/// the one that leaves least empty space wins, then the one nearest to
/// centring the chosen chip.
fn whole_chips_start(chips: &[(i32, i32)], chosen: (i32, i32), width: i32, content: i32) -> i32 {
    let end = (content - width).max(0);
    let centre = (chosen.0 + chosen.1 - width) / 2;
    let mut starts: Vec<i32> = chips
        .iter()
        .map(|&(left, _)| (left - STRIP_ARROW_ROOM_PX).clamp(0, end))
        .collect();
    starts.push(end);
    let empty_space = |start: i32| {
        let from = start + if start > 0 { STRIP_ARROW_ROOM_PX } else { 0 };
        let to = start + width - if start < end { STRIP_ARROW_ROOM_PX } else { 0 };
        if chosen.0 < from || chosen.1 > to {
            return None;
        }
        let whole = chips.iter().filter(|&&(l, r)| l >= from && r <= to);
        let first = whole.clone().map(|&(l, _)| l).min().unwrap_or(from);
        let last = whole.map(|&(_, r)| r).max().unwrap_or(from);
        Some((first - from) + (to - last))
    };
    starts
        .into_iter()
        .filter_map(|start| empty_space(start).map(|empty| (empty, (start - centre).abs(), start)))
        .min()
        .map_or(centre.clamp(0, end), |(_, _, start)| start)
}

/// Room kept at a sideways strip's end for its arrow (36 px wide), in px.
pub const STRIP_ARROW_ROOM_PX: i32 = 40;

/// The span of a sideways strip's box, in px from its left edge, that its
/// wholly visible children cover, leaving `inset_back` px at the left and
/// `inset_on` px at the right for arrows. `None` when every child fits.
/// A chip cut by the strip's edge reads as cut-off text; outside this span
/// the strip is masked, so a reader sees whole chips and an arrow.
pub fn whole_children_span(
    strip: &web_sys::Element,
    inset_back: f64,
    inset_on: f64,
) -> Option<(f64, f64)> {
    let bounds = strip.get_bounding_client_rect();
    let (left, right) = (bounds.left() + inset_back, bounds.right() - inset_on);
    let mut span: Option<(f64, f64)> = None;
    let mut all_whole = true;
    let mut child = strip.first_element_child();
    while let Some(c) = child {
        let r = c.get_bounding_client_rect();
        if r.left() >= left - 0.5 && r.right() <= right + 0.5 {
            let (from, to) = (r.left() - bounds.left(), r.right() - bounds.left());
            span = Some(span.map_or((from, to), |(a, b)| (a.min(from), b.max(to))));
        } else {
            all_whole = false;
        }
        child = c.next_element_sibling();
    }
    if all_whole {
        None
    } else {
        span
    }
}

/// Brings the element with this `data-testid` to the top of the window
/// (after "Try it", to show the chart the step changed). Nothing happens if
/// it is not there.
pub fn scroll_to_top_of(testid: &str) {
    let element = window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!("[data-testid=\"{testid}\"]"))
            .ok()
            .flatten()
    });
    if let Some(element) = element {
        element.scroll_into_view_with_bool(true);
    }
}

/// True in a frame whose origin is opaque: a sandbox without
/// `allow-same-origin`, as WordPress embeds a pasted link. Such a frame may
/// not open new tabs.
pub fn in_sandboxed_frame() -> bool {
    window().is_some_and(|w| w.origin() == "null")
}

/// Goes to `url` (a page of this site), keeping this one in the history.
pub fn go_to(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().assign(url);
    }
}

/// Opens the browser's print dialog for this page.
pub fn print_page() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// WordPress's secret for this frame (`#?secret=…`), if WordPress embedded it.
pub fn wordpress_secret() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    calf_pump_links::urls::wordpress_embed_secret(&hash)
}

/// Asks the WordPress page around this frame to open `url` (its `link`
/// message; WordPress follows it only to the frame's own host, in the top
/// window). False where there is no WordPress to ask.
pub fn wordpress_open(url: &str) -> bool {
    let (Some(w), Some(secret)) = (window(), wordpress_secret()) else {
        return false;
    };
    let Ok(Some(parent)) = w.parent() else {
        return false;
    };
    let message = js_sys::Object::new();
    for (key, value) in [
        ("secret", secret.as_str()),
        ("message", "link"),
        ("value", url),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value.into());
    }
    parent.post_message(&message, "*").is_ok()
}

/// Whether `url` is on the host this page was loaded from.
pub fn on_this_host(url: &str) -> bool {
    let here = window().and_then(|w| w.location().host().ok());
    let there = web_sys::Url::new(url).ok().map(|u| u.host());
    here.is_some() && here == there
}

/// The address of the page this one is embedded in (a blog post), when it
/// is another site's: as much of it as the browser tells (often only its
/// origin).
pub fn embedding_page() -> Option<String> {
    let w = window()?;
    let top = w.top().ok()??;
    if js_sys::Object::is(&top, &w) {
        return None;
    }
    let here = w.location().origin().ok()?;
    let referrer = w.document()?.referrer();
    let there = web_sys::Url::new(&referrer).ok()?;
    (there.origin() != here && !referrer.is_empty()).then_some(referrer)
}
