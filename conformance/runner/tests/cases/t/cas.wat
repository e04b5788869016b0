;; set_shared_data: create with cas 0, then a stale cas.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $brk (mut i32) (i32.const 4096))
  (func (export "malloc") (param $n i32) (result i32) (local $p i32)
    (local.set $p (global.get $brk))
    (global.set $brk (i32.add (global.get $brk) (local.get $n)))
    (local.get $p))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (data (i32.const 16) "kvw")
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 17)
                      (i32.const 1) (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 18)
                      (i32.const 1) (i32.const 12345)))
    (drop (call $get (i32.const 16) (i32.const 1) (i32.const 32)
                      (i32.const 36) (i32.const 40)))
    (i32.const 1)))
