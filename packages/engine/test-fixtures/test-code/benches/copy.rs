fn main() {
    let bytes = vec![1u8; 1024];
    let mut sum = 0u64;
    for index in 0..bytes.len() {
        sum += u64::from(unsafe { *bytes.get_unchecked(index) });
    }
    println!("{sum}");
}
