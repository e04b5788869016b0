;; clock_time_get of the CPU-time clocks (2, 3) and of clocks no variant
;; names (4, 1000), and of realtime into an address outside memory.
;; The guest presets 512 to 77 and logs "kept" while it stays.
(module
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 300) "kept")
  (data (i32.const 310) "written")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $try (param $id i32) (param $out i32)
    (i64.store (i32.const 512) (i64.const 77))
    (drop (call $clock (local.get $id) (i64.const 0) (local.get $out)))
    (if (i64.eq (i64.load (i32.const 512)) (i64.const 77))
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 4))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 7))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $try (i32.const 2) (i32.const 512))
    (call $try (i32.const 3) (i32.const 512))
    (call $try (i32.const 4) (i32.const 512))
    (call $try (i32.const 1000) (i32.const 512))
    (call $try (i32.const 0) (i32.const 65532))
    (call $try (i32.const 1) (i32.const 65536))
    (i32.const 1)))
