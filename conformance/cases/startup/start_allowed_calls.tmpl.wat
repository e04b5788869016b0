;; _initialize makes the host calls allowed during start-up: proxy_log,
;; emscripten_notify_memory_growth and the WASI calls libc makes at start.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "emscripten_notify_memory_growth" (func $grew (param i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get"
    (func $env_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get"
    (func $env_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get"
    (func $random (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "init")
  (data (i32.const 64) "\10\00\00\00\04\00\00\00")
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_initialize")
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 4)))
    (call $grew (i32.const 0))
    (drop (call $write (i32.const 2) (i32.const 64) (i32.const 1) (i32.const 512)))
    (drop (call $fdstat (i32.const 1) (i32.const 520)))
    (drop (call $args_sizes (i32.const 560) (i32.const 564)))
    (drop (call $args_get (i32.const 600) (i32.const 608)))
    (drop (call $env_sizes (i32.const 560) (i32.const 564)))
    (drop (call $env_get (i32.const 600) (i32.const 608)))
    (drop (call $clock (i32.const 1) (i64.const 0) (i32.const 568)))
    (drop (call $random (i32.const 576) (i32.const 8)))
    (drop (call $poll (i32.const 640) (i32.const 700) (i32.const 1) (i32.const 580))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
