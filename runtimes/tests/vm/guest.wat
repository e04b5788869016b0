;; The vm layer's test guest: one import, an allocator that records what
;; it was asked, callbacks that succeed, break the ABI and trap.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $asked (mut i32) (i32.const -1))
  (data (i32.const 16) "hi")
  (data (i32.const 32) "plugin_root_id")
  (func (export "malloc") (param $n i32) (result i32) (local $p i32)
    (global.set $asked (local.get $n))
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $n)))
    (local.get $p))
  (func (export "asked") (result i32) (global.get $asked))
  (func (export "proxy_on_start") (param i32 i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 2)))
    (i32.const 1))
  ;; 7 is no filter_headers_status
  (func (export "proxy_on_request_headers") (param i32 i32) (result i32)
    (i32.const 7))
  (func (export "proxy_on_tick") (param i32) unreachable)
  ;; level 9 is no log_level: the glue answers bad_argument
  (func (export "bad_level") (result i32)
    (call $log (i32.const 9) (i32.const 16) (i32.const 2)))
  ;; value address at 64, length at 68
  (func (export "get_prop") (result i32)
    (call $get_property (i32.const 32) (i32.const 14)
      (i32.const 64) (i32.const 68))))
