/// Reads the first byte of a buffer the caller has checked to be non-empty.
pub fn first(bytes: &[u8]) -> u8 {
    unsafe { *bytes.as_ptr() }
}

pub fn is_empty_flag(flag: bool) -> bool {
    flag == true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_first() {
        let bytes = [7u8, 8];
        let expected = unsafe { *bytes.as_ptr() };
        assert_eq!(expected, first(&bytes));
        if is_empty_flag(true) == true {
            return;
        }
    }
}
