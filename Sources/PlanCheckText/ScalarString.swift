extension String {
    /// A String of scalars, encoded straight into the String's UTF-8 storage: appending to a
    /// `UnicodeScalarView` re-checks and grows the storage scalar by scalar, which made building
    /// quotes and field texts a visible part of a check. `utf8Count`, when the caller has counted
    /// it, sizes the storage exactly (a whole document's text is not allocated four times over).
    @inlinable package init<C: Collection>(scalars: C, utf8Count: Int? = nil) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: utf8Count ?? scalars.count * 4) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
