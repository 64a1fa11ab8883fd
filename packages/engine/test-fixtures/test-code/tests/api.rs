#[test]
fn first_of_one() {
    let ok = mylib::first(&[1]) == 1;
    if ok == true {
        todo!("check the empty case");
    }
}
