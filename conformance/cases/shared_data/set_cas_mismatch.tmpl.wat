;; A stale CAS is refused: write "one", read its CAS (c1), write "two"
;; guarded by c1 (ok, the CAS moves on), then write "three" guarded by the
;; now stale c1: cas_mismatch, and the value stays "two".
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "counter")
  (data (i32.const 32) "one")
  (data (i32.const 48) "two")
  (data (i32.const 64) "three")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (local $cas1 i32)
    (drop (call $set (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 3)
                     (i32.const 0)))
    (drop (call $get (i32.const 16) (i32.const 7) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (local.set $cas1 (i32.load (i32.const 264)))
    (drop (call $set (i32.const 16) (i32.const 7) (i32.const 48) (i32.const 3)
                     (local.get $cas1)))
    (drop (call $set (i32.const 16) (i32.const 7) (i32.const 64) (i32.const 5)
                     (local.get $cas1)))
    (drop (call $get (i32.const 16) (i32.const 7) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (i32.const 1)))
