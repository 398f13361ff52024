//! Checking a record's items against the instruments the deployment knows, so that the store
//! refuses answers, ratings and milestones for items that do not exist — before anything is
//! written.

use parite_core::{Instrument, InstrumentId, InstrumentSet};

/// Which instrument version a record was given on, for checking its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstrumentRef {
    pub(crate) id: InstrumentId,
    pub(crate) version: u32,
}

impl InstrumentRef {
    /// Fails on the first item the catalog does not know, naming it.
    pub(crate) fn check_items<'a>(
        &self,
        catalog: &InstrumentSet,
        items: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), crate::StoreError> {
        for item in items {
            match catalog.has_item(self.id.as_str(), self.version, item) {
                Some(true) => {}
                Some(false) => {
                    return Err(crate::StoreError::UnknownItem {
                        instrument: self.id.to_string(),
                        version: self.version,
                        item: item.to_owned(),
                    });
                }
                None => return Err(self.unknown()),
            }
        }
        Ok(())
    }

    /// Fails when the catalog does not know this instrument version at all.
    pub(crate) fn check_known(&self, catalog: &InstrumentSet) -> Result<(), crate::StoreError> {
        self.known(catalog).map(|_| ())
    }

    /// The instrument version itself; fails when the catalog does not know it.
    pub(crate) fn known<'c>(
        &self,
        catalog: &'c InstrumentSet,
    ) -> Result<&'c Instrument, crate::StoreError> {
        match catalog.get(self.id.as_str(), self.version) {
            Some(instrument) => Ok(instrument.as_ref()),
            None => Err(self.unknown()),
        }
    }

    fn unknown(&self) -> crate::StoreError {
        crate::StoreError::UnknownInstrument {
            instrument: self.id.to_string(),
            version: self.version,
        }
    }
}
