;; Three roots.  A root started with a 10-byte VM configuration is "a" and
;; sets a 100 ms period; one with 13 bytes is "b" and sets 130 ms; any
;; other ("quiet") sets none.  proxy_on_tick logs "a" or "b" when its
;; root_context_id is that root's id (as on_vm_start received it), and
;; "?" otherwise.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "ab?")
  (global $a (mut i32) (i32.const -1))
  (global $b (mut i32) (i32.const -1))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param $root i32) (param $n i32) (result i32)
    (if (i32.eq (local.get $n) (i32.const 10))
      (then (global.set $a (local.get $root))
            (drop (call $set_tick (i32.const 100)))))
    (if (i32.eq (local.get $n) (i32.const 13))
      (then (global.set $b (local.get $root))
            (drop (call $set_tick (i32.const 130)))))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_tick") (param $root i32)
    (drop (call $log (i32.const 2)
      (if (result i32) (i32.eq (local.get $root) (global.get $a))
        (then (i32.const 16))
        (else (if (result i32) (i32.eq (local.get $root) (global.get $b))
          (then (i32.const 17)) (else (i32.const 18)))))
      (i32.const 1)))))
