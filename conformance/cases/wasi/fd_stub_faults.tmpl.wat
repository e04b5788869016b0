;; The stubs' refusals: fd_fdstat_get of other descriptors (badf) and into
;; memory it cannot write (fault); fd_seek, fd_prestat_get,
;; fd_prestat_dir_name and poll_oneoff with an out-address outside memory.
(module
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek"
    (func $seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get"
    (func $prestat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name"
    (func $dirname (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $fdstat (i32.const 0) (i32.const 512)))
    (drop (call $fdstat (i32.const 3) (i32.const 512)))
    (drop (call $fdstat (i32.const 1) (i32.const 65520)))
    (drop (call $seek (i32.const 1) (i64.const 0) (i32.const 0) (i32.const 65532)))
    (drop (call $prestat (i32.const 3) (i32.const 65537)))
    (drop (call $dirname (i32.const 3) (i32.const 65530) (i32.const 16)))
    (drop (call $poll (i32.const 800) (i32.const 65537) (i32.const 1) (i32.const 700)))
    (drop (call $poll (i32.const 800) (i32.const 900) (i32.const 1) (i32.const 65534)))
    (i32.const 1)))
