;; on_vm_start writes "lock" = "mine" and keeps the CAS it reads back.
;; Another VM of the same VM id then writes "theirs" (the driver's
;; shared_data_write).  on_configure writes "again" guarded by the kept,
;; now stale, CAS: cas_mismatch, and the value stays "theirs".
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "lock")
  (data (i32.const 32) "mine")
  (data (i32.const 48) "again")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (global $kept (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 4) (i32.const 32) (i32.const 4)
                     (i32.const 0)))
    (drop (call $get (i32.const 16) (i32.const 4) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (global.set $kept (i32.load (i32.const 264)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 4) (i32.const 48) (i32.const 5)
                     (global.get $kept)))
    (drop (call $get (i32.const 16) (i32.const 4) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (i32.const 1)))
