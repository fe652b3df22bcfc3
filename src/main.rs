//! The WebAssembly entry point: mount the widget, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    calf_pump::start();
}
