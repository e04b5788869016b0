;; grpc/ops (0.1.0 on: proxy_grpc_call with 12 parameters,
;; proxy_grpc_stream with 9): one gRPC operation per on_configure, chosen
;; by the configuration's length, for the cases that name this module.
;; C is the last call's token (slot 256), S the last stream's (260), H an
;; HTTP call's (264).
;;    0  C = proxy_grpc_call(cluster "cluster_a", "pkg.Echo", "Say",
;;         metadata {x-a: 1}, request "ping", 1000 ms)
;;    1  S = proxy_grpc_stream(cluster "cluster_a", "pkg.Echo", "Say",
;;         metadata {x-a: 1})
;;    2  cancel C           3  close C
;;    4  cancel S           5  close S
;;    6  send "m" on S      7  send "m" on S with end_stream
;;    8  H = proxy_http_call; send on C; send on, cancel and close H
;;    9  cancel C, close C, send on S, cancel S, close S
;;   10  send on S from a bad pointer: out of bounds (65536, 1), wrapping
;;       (0xfffffff0, 32), past the end of memory (80, 65457)
;;   11  C = proxy_grpc_call with timeout 0 (none)
;; Every token a call or stream writes is checked against every token
;; written before (HTTP ones too): a repeat traps.  Callbacks trap unless
;; they name the root context and C or S; proxy_on_grpc_receive reads the
;; message and the buffer status, proxy_on_grpc_close the status (and
;; traps unless its status_code argument is the code it reads).
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_send"
    (func $grpc_send (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_cancel" (func $grpc_cancel (param i32) (result i32)))
  (import "env" "proxy_grpc_close" (func $grpc_close (param i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $buffer_status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  (data (i32.const 80) "m")
  ;; {x-a: 1}, 18 bytes
  (data (i32.const 96) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 128) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  ;; out slots: 256 C, 260 S, 264 H, 272 status code, 276/280 message,
  ;; 288/292 message bytes, 300 buffer length, 304 buffer flags;
  ;; 1024: the tokens seen ($seen of them)
  (global $root (mut i32) (i32.const 0))
  (global $seen (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 8192))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  ;; after a call that returned $rc: a written token must be new
  (func $fresh (param $rc i32) (param $slot i32)
    (local $t i32) (local $i i32)
    (if (local.get $rc) (then (return)))
    (local.set $t (i32.load (local.get $slot)))
    (block $end
      (loop $next
        (br_if $end (i32.ge_u (local.get $i) (global.get $seen)))
        (if (i32.eq (i32.load (i32.add (i32.const 1024)
                                       (i32.shl (local.get $i) (i32.const 2))))
                    (local.get $t))
          (then unreachable))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store (i32.add (i32.const 1024) (i32.shl (global.get $seen) (i32.const 2)))
               (local.get $t))
    (global.set $seen (i32.add (global.get $seen) (i32.const 1))))
  (func $C (result i32) (i32.load (i32.const 256)))
  (func $S (result i32) (i32.load (i32.const 260)))
  (func $H (result i32) (i32.load (i32.const 264)))
  (func $call (param $timeout i32)
    (call $fresh
      (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                       (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                       (i32.const 64) (i32.const 4) (local.get $timeout) (i32.const 256))
      (i32.const 256)))
  (func $send (param $tok i32) (param $p i32) (param $n i32) (param $end i32)
    (drop (call $grpc_send (local.get $tok) (local.get $p) (local.get $n) (local.get $end))))
  (func $check (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.and (i32.ne (local.get $token) (call $C))
                 (i32.ne (local.get $token) (call $S)))
      (then unreachable)))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32) (param $len i32) (result i32)
    (block $done
     (block $11 (block $10 (block $9 (block $8 (block $7 (block $6
     (block $5 (block $4 (block $3 (block $2 (block $1 (block $0
       (br_table $0 $1 $2 $3 $4 $5 $6 $7 $8 $9 $10 $11 $done (local.get $len)))
       (call $call (i32.const 1000)) (br $done))
       (call $fresh
         (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                            (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                            (i32.const 260))
         (i32.const 260))
       (br $done))
      (drop (call $grpc_cancel (call $C))) (br $done))
     (drop (call $grpc_close (call $C))) (br $done))
     (drop (call $grpc_cancel (call $S))) (br $done))
     (drop (call $grpc_close (call $S))) (br $done))
     (call $send (call $S) (i32.const 80) (i32.const 1) (i32.const 0)) (br $done))
     (call $send (call $S) (i32.const 80) (i32.const 1) (i32.const 1)) (br $done))
     (call $fresh
       (call $http_call (i32.const 16) (i32.const 9) (i32.const 128) (i32.const 61)
                        (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                        (i32.const 1000) (i32.const 264))
       (i32.const 264))
     (call $send (call $C) (i32.const 80) (i32.const 1) (i32.const 0))
     (call $send (call $H) (i32.const 80) (i32.const 1) (i32.const 0))
     (drop (call $grpc_cancel (call $H)))
     (drop (call $grpc_close (call $H)))
     (br $done))
     (drop (call $grpc_cancel (call $C)))
     (drop (call $grpc_close (call $C)))
     (call $send (call $S) (i32.const 80) (i32.const 1) (i32.const 0))
     (drop (call $grpc_cancel (call $S)))
     (drop (call $grpc_close (call $S)))
     (br $done))
     (call $send (call $S) (i32.const 65536) (i32.const 1) (i32.const 0))
     (call $send (call $S) (i32.const -16) (i32.const 32) (i32.const 0))
     (call $send (call $S) (i32.const 80) (i32.const 65457) (i32.const 0))
     (br $done))
     (call $call (i32.const 0)))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32)
    (call $check (local.get 0) (local.get 1)))
  (func (export "proxy_on_grpc_receive") (param i32 i32) (param $size i32)
    (call $check (local.get 0) (local.get 1))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0)
                            (local.get $size) (i32.const 288) (i32.const 292)))
    (drop (call $buffer_status (i32.const {{buffer grpc_receive_buffer}})
                               (i32.const 300) (i32.const 304))))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}") (param i32 i32 i32)
    (call $check (local.get 0) (local.get 1)))
  (func (export "proxy_on_grpc_close") (param i32 i32) (param $status i32)
    (call $check (local.get 0) (local.get 1))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))
    ;; the status_code argument is the status proxy_get_status reads
    (if (i32.ne (local.get $status) (i32.load (i32.const 272))) (then unreachable))))
