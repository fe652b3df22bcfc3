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

/// Replace the address bar's query without adding history or reloading.
/// Keys other than the scenario's (e.g. `embed`, clinic settings) are kept.
pub fn replace_scenario_query(scenario_query: &str) {
    let Some(w) = window() else { return };
    let kept: Vec<String> = query_string()
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            !matches!(key, "activity" | "leg" | "stockings")
        })
        .map(str::to_string)
        .collect();
    let mut parts: Vec<String> = scenario_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    parts.extend(kept);
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    let url = if parts.is_empty() {
        path
    } else {
        format!("{path}?{}", parts.join("&"))
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
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

/// Runs `on_change(visible)` whenever the tab is hidden or shown; removed when dropped.
pub struct VisibilityListener {
    closure: Closure<dyn FnMut()>,
}

impl VisibilityListener {
    pub fn new(mut on_change: impl FnMut(bool) + 'static) -> Option<Self> {
        let document = window()?.document()?;
        let closure = Closure::<dyn FnMut()>::new(move || on_change(page_visible()));
        document
            .add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Self { closure })
    }
}

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        if let Some(d) = window().and_then(|w| w.document()) {
            let _ = d.remove_event_listener_with_callback(
                "visibilitychange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
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
