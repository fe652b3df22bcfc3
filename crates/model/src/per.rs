//! One value for each vein segment ([`PerCompartment`]) or each valve
//! ([`PerValve`]), indexed by the enum itself: `volume_ml[Compartment::Ankle]`.
//! A wrong index cannot compile, and the model stays free of dependencies.

use crate::leg::{Compartment, Valve};
use std::ops::{Index, IndexMut};

/// Defines a fixed-size table keyed by one of the model's enums. The enum's
/// discriminant is the position, read in one place (`slot`).
macro_rules! per {
    ($(#[$doc:meta])* $name:ident, $key:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq)]
        pub struct $name<T>([T; $key::COUNT]);

        impl<T> $name<T> {
            /// The value for every key, from `f`, in [`$key::ALL`] order.
            #[inline]
            pub fn from_fn(f: impl FnMut($key) -> T) -> Self {
                Self($key::ALL.map(f))
            }

            /// The same table with `f` applied to every value.
            #[inline]
            pub fn map<U>(self, f: impl FnMut(T) -> U) -> $name<U> {
                $name(self.0.map(f))
            }

            /// Every key with its value, in [`$key::ALL`] order.
            #[inline]
            pub fn iter(&self) -> impl Iterator<Item = ($key, &T)> {
                $key::ALL.into_iter().zip(self.0.iter())
            }

            /// Every value, in [`$key::ALL`] order.
            #[inline]
            pub fn values(&self) -> impl Iterator<Item = &T> {
                self.0.iter()
            }

            #[inline]
            fn slot(key: $key) -> usize {
                key as usize
            }
        }

        impl<T> Index<$key> for $name<T> {
            type Output = T;
            #[inline]
            fn index(&self, key: $key) -> &T {
                &self.0[Self::slot(key)]
            }
        }

        impl<T> IndexMut<$key> for $name<T> {
            #[inline]
            fn index_mut(&mut self, key: $key) -> &mut T {
                &mut self.0[Self::slot(key)]
            }
        }
    };
}

per!(
    /// One value for each vein segment of the model.
    PerCompartment,
    Compartment
);
per!(
    /// One value for each valve of the model.
    PerValve,
    Valve
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_own_slot() {
        let table = PerValve::from_fn(|v| v);
        for v in Valve::ALL {
            assert_eq!(table[v], v);
        }
        let mut volumes = PerCompartment::<f64>::default();
        volumes[Compartment::Thigh] = 2.0;
        assert_eq!(
            volumes.values().copied().collect::<Vec<_>>(),
            [0.0, 0.0, 0.0, 2.0]
        );
        assert_eq!(volumes.map(|v| v * 2.0)[Compartment::Thigh], 4.0);
    }
}
