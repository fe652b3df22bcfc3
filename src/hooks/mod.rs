//! Custom hooks every page uses, in the style of Yew's examples: each owns
//! one effect and cleans up after itself, so components read as layout.
//! The live widget's own hooks are in `widget/hooks.rs`.

use crate::browser::{self, AnimationLoop, OnScreenObserver};
use crate::PageLang;
use calf_pump_links::settings::PageSettings;
use calf_pump_words::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// True while the browser tab is visible.
#[hook]
pub fn use_page_visible() -> bool {
    let visible = use_state(browser::page_visible);
    {
        let visible = visible.setter();
        use_effect_with((), move |_| {
            let listener = browser::window()
                .and_then(|w| w.document())
                .map(|document| {
                    gloo_events::EventListener::new(&document, "visibilitychange", move |_| {
                        visible.set(browser::page_visible())
                    })
                });
            move || drop(listener)
        });
    }
    *visible
}

/// True while the element behind `node` is at least partly on screen
/// (always true in a browser without IntersectionObserver).
#[hook]
pub fn use_on_screen(node: NodeRef) -> bool {
    let on_screen = use_state(|| true);
    {
        let on_screen = on_screen.setter();
        use_effect_with((), move |_| {
            let observer = node
                .cast::<web_sys::Element>()
                .and_then(|el| OnScreenObserver::new(&el, move |v| on_screen.set(v)));
            move || drop(observer)
        });
    }
    *on_screen
}

/// Calls `on_frame(elapsed_ms, timestamp_ms)` on every animation frame while
/// `running`; schedules nothing otherwise. `elapsed_ms` is the wall time since
/// the previous frame of this run (0 on the first). The latest `on_frame` is
/// used, so it may capture fresh values on every render.
#[hook]
pub fn use_animation_frame<F>(running: bool, on_frame: F)
where
    F: FnMut(f64, f64) + 'static,
{
    let latest: Rc<RefCell<Box<dyn FnMut(f64, f64)>>> =
        use_mut_ref(|| Box::new(|_, _| ()) as Box<dyn FnMut(f64, f64)>);
    *latest.borrow_mut() = Box::new(on_frame);
    use_effect_with(running, move |&running| {
        let animation = running.then(|| {
            let mut last = None::<f64>;
            AnimationLoop::start(move |t_ms| {
                let elapsed = last.map(|l| t_ms - l).unwrap_or(0.0);
                last = Some(t_ms);
                (latest.borrow_mut())(elapsed, t_ms);
            })
        });
        move || drop(animation)
    });
}

/// A sideways-scrolling strip (the ref to put on it) that scrolls its
/// chosen item (`label.chosen`) into view whenever `chosen` changes.
#[hook]
pub fn use_chosen_in_view<T: PartialEq + Clone + 'static>(chosen: T) -> NodeRef {
    let strip = use_node_ref();
    {
        let strip = strip.clone();
        use_effect_with(chosen, move |_| {
            if let Some(el) = strip.cast::<web_sys::Element>() {
                browser::scroll_chosen_into_view(&el, "label.chosen");
            }
        });
    }
    strip
}

/// Which ways a sideways strip (the element behind `strip`) can still
/// scroll: `(back, on)`, checked on scroll, on resize and whenever
/// `contents` (what sizes its chips: the language) changes; and the way to move it
/// by most of its width, for a mouse, which has no sideways swipe.
#[hook]
pub fn use_strip_scroll<T: PartialEq + 'static>(
    strip: NodeRef,
    contents: T,
) -> ((bool, bool), Callback<i32>) {
    let room = use_state(|| (false, false));
    {
        let (room, strip) = (room.setter(), strip.clone());
        use_effect_with(contents, move |_| {
            let element = strip.cast::<web_sys::Element>();
            let check = {
                let element = element.clone();
                move || {
                    if let Some(el) = element.as_ref() {
                        let left = el.scroll_left();
                        let end = el.scroll_width() - el.client_width();
                        let (back, on) = (left > 2, left < end - 2);
                        room.set((back, on));
                        show_whole_chips(el, back, on);
                    }
                }
            };
            check();
            let on_scroll = element.as_ref().map(|el| {
                let check = check.clone();
                gloo_events::EventListener::new(el, "scroll", move |_| check())
            });
            let on_resize = browser::window()
                .map(|w| gloo_events::EventListener::new(&w, "resize", move |_| check()));
            move || drop((on_scroll, on_resize))
        });
    }
    let scroll = Callback::from(move |direction: i32| {
        if let Some(el) = strip.cast::<web_sys::Element>() {
            el.set_scroll_left(el.scroll_left() + direction * el.client_width() * 3 / 4);
        }
    });
    (*room, scroll)
}

/// Masks a strip outside its wholly visible chips (`--whole-from` and
/// `--whole-to`, read by the stylesheet), so no chip shows cut in half and
/// its arrow sits in clear space; without room to scroll, nothing is masked.
fn show_whole_chips(strip: &web_sys::Element, back: bool, on: bool) {
    let Some(style) = strip.dyn_ref::<web_sys::HtmlElement>().map(|el| el.style()) else {
        return;
    };
    let room = |arrow: bool| {
        if arrow {
            f64::from(browser::STRIP_ARROW_ROOM_PX)
        } else {
            0.0
        }
    };
    match browser::whole_children_span(strip, room(back), room(on)) {
        Some((from, to)) => {
            let _ = style.set_property("--whole-from", &format!("{from:.0}px"));
            let _ = style.set_property("--whole-to", &format!("{to:.0}px"));
        }
        None => {
            let _ = style.remove_property("--whole-from");
            let _ = style.remove_property("--whole-to");
        }
    }
}

/// The language a page asks for: the link's choice (`lang=es`, or a page
/// under `es/`), else this copy's (a clinic's default), else the first of
/// the browser's languages the site speaks, else English.
pub fn page_language() -> Lang {
    PageSettings::from_query(&browser::query_string())
        .0
        .lang
        .or_else(|| Lang::split_page_path(&browser::page_path_in_site()).0)
        .or_else(PageSettings::copy_language)
        .or_else(browser::preferred_language)
        .unwrap_or_default()
}

/// The reader's language and the way to change it.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice {
    pub lang: Lang,
    /// A language the reader asked for whose words could not be fetched:
    /// the page stays in `lang` and says so.
    pub missing: Option<Lang>,
    /// Switch language: its words are fetched first if they are not here.
    pub choose: Callback<Lang>,
    /// Dismiss the notice about a missing language.
    pub dismiss: Callback<()>,
}

/// The page's language, starting from what [`crate::mount_in_language`]
/// could fetch; `<html lang>` and the tab's title (`title(lang)`) follow it.
#[hook]
pub fn use_language(start: PageLang, title: fn(Lang) -> String) -> LanguageChoice {
    let state = use_state(|| start);
    use_effect_with(state.lang, move |lang| {
        browser::set_document_language(lang.code(), &title(*lang))
    });
    let choose = {
        let state = state.clone();
        Callback::from(move |wanted: Lang| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let lang = state.lang;
                state.set(if browser::words_ready(wanted).await {
                    PageLang {
                        lang: wanted,
                        missing: None,
                    }
                } else {
                    PageLang {
                        lang,
                        missing: Some(wanted),
                    }
                });
            });
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |()| {
            state.set(PageLang {
                missing: None,
                ..*state
            })
        })
    };
    LanguageChoice {
        lang: state.lang,
        missing: state.missing,
        choose,
        dismiss,
    }
}

/// A callback that dispatches `action(value)` to a reducer: how a page hands
/// its components values' callbacks instead of the reducer itself.
pub fn dispatching<R: Reducible + 'static, T: 'static>(
    d: &UseReducerDispatcher<R>,
    action: fn(T) -> R::Action,
) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |v| d.dispatch(action(v)))
}

/// A callback that emits `read(event)` to `callback` when it is something:
/// a select whose value names nothing stays quiet.
pub fn emit_some<E: 'static, T: 'static>(
    callback: &Callback<T>,
    read: impl Fn(E) -> Option<T> + 'static,
) -> Callback<E> {
    let callback = callback.clone();
    Callback::from(move |e| {
        if let Some(v) = read(e) {
            callback.emit(v);
        }
    })
}
