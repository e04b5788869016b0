;; random_get over 64 KiB (inval) and outside memory (fault).  The guest
;; presets 512.. to 0x55 and logs "kept" while it stays.
(module
  (import "wasi_snapshot_preview1" "random_get"
    (func $random (param i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 3)
  (data (i32.const 300) "kept")
  (data (i32.const 310) "written")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $try (param $at i32) (param $len i32)
    (i64.store (i32.const 512) (i64.const 0x5555555555555555))
    (drop (call $random (local.get $at) (local.get $len)))
    (if (i64.eq (i64.load (i32.const 512)) (i64.const 0x5555555555555555))
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 4))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 7))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $try (i32.const 512) (i32.const 65537))
    (call $try (i32.const 512) (i32.const 131072))
    (call $try (i32.const 196600) (i32.const 16))
    (call $try (i32.const -8) (i32.const 16))
    (i32.const 1)))
