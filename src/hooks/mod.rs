//! Custom hooks, in the style of Yew's examples: each owns one effect and
//! cleans up after itself, so components read as layout.

use crate::browser::{self, AnimationLoop, OnScreenObserver};
use calf_pump_explain::scenario::Scenario;
use calf_pump_explain::session::Session;
use std::cell::RefCell;
use std::rc::Rc;
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

/// The live session for a scenario: created once, carried on from the
/// current blood volumes when the scenario or compare mode changes, and
/// started afresh only when `generation` (bumped by Reset) changes.
#[hook]
pub fn use_session(scenario: Scenario, compare: bool, generation: u32) -> Rc<RefCell<Session>> {
    let session = use_mut_ref(|| {
        let mut s = Session::new(scenario);
        s.set_compare(compare);
        s
    });
    let built_for = use_mut_ref(|| generation);
    if *built_for.borrow() != generation {
        *built_for.borrow_mut() = generation;
        let mut s = Session::new(scenario);
        s.set_compare(compare);
        *session.borrow_mut() = s;
    }
    {
        let mut s = session.borrow_mut();
        if s.scenario() != scenario {
            s.apply(scenario);
        }
        if s.comparing() != compare {
            s.set_compare(compare);
        }
    }
    session
}
